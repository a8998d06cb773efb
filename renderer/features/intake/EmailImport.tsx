import { useRef, useState, type DragEvent } from 'react'
import { Notice } from '../../components/Notice'
import type { RequestFormInput } from '../../../src/domain/request-form'
import type { NewAttachment } from '../../repositories/cases'
import { emailToForm, type ImportSummary } from './email-to-form'

export type { ImportSummary }

interface Props {
  timeZone: string
  getCurrent: () => RequestFormInput
  onImported: (form: RequestFormInput, attachments: NewAttachment[], summary: ImportSummary) => void
}

/** Opens or receives a dropped .eml or .msg file and prefills the form from it; a bad file changes nothing. */
export function EmailImport({ timeZone, getCurrent, onImported }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [over, setOver] = useState(false)

  async function importFile(file: File) {
    setError(null)
    setBusy(true)
    try {
      const { parseEmailFile } = await import('../../../src/email')
      const bytes = new Uint8Array(await file.arrayBuffer())
      const email = await parseEmailFile({ name: file.name, bytes }, { timeZone })
      const result = emailToForm(email, { name: file.name, bytes }, getCurrent())
      onImported(result.form, result.attachments, result.summary)
    } catch (e) {
      setError(`${file.name} was not imported: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) void importFile(file)
  }

  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="email-drop-zone"
    >
      <p>
        <strong>From an email?</strong> Drop an <code>.eml</code> or Outlook <code>.msg</code> file here, or{' '}
        <label className="button-like">
          choose a file…
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void importFile(file)
            }}
          />
        </label>
      </p>
      {busy && <p role="status">Reading the email…</p>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}

