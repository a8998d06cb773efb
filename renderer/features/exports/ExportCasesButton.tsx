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
      {/* Mounted only while open: a fresh form each time, and nothing hidden in the page meanwhile. */}
      {open && <ExportCasesDialog query={query} open onClose={() => setOpen(false)} />}
    </>
  )
}
