import { useState } from 'react'
import type { CaseListQuery } from '../../repositories/case-list'
import { ExportCasesDialog } from './ExportCasesDialog'

/** The case list's "Export these cases (CSV)…" button and its dialog. */
export function ExportCasesButton({ query }: { query: CaseListQuery }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export these cases (CSV)…
      </button>
      <ExportCasesDialog query={query} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
