import { useState } from 'react'
import type { IssuedLetter } from '../../../src/domain/case'
import { formatDateLong } from '../../../src/domain/dates'
import { Notice } from '../../components/Notice'
import { DELIVERY_LABELS } from '../../repositories/letters'
import { errorText, printPdf, saveLetterPdf } from './api-calls'
import { PdfPreview } from './PdfPreview'

/** The letters issued on a case: each can be reopened, printed again or saved again, exactly as issued. */
export function IssuedLetters({ letters }: { letters: IssuedLetter[] }) {
  const [open, setOpen] = useState<number | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (letters.length === 0) return <p className="none">No letter has been issued on this case yet.</p>

  async function run(action: () => Promise<string>, what: string) {
    setBusy(true)
    setMessage(null)
    try {
      setMessage({ tone: 'success', text: await action() })
    } catch (e) {
      setMessage({ tone: 'error', text: `${what}: ${errorText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  const shown = letters.find((l) => l.id === open)
  return (
    <>
      <table className="case-table compact issued-letters">
        <caption className="visually-hidden">Letters sent</caption>
        <thead>
          <tr>
            <th scope="col">Letter</th>
            <th scope="col">Dated</th>
            <th scope="col">Sent by</th>
            <th scope="col">Issued by</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {letters.map((l) => (
            <tr key={l.id} data-letter-id={l.id}>
              <td>
                <span className="letter-title">{l.title}</span>
                <span className="letter-hash" title="SHA-256 of the PDF as issued">
                  SHA-256 {l.sha256.slice(0, 16)}…
                </span>
              </td>
              <td>
                <time dateTime={l.issuedOn}>{formatDateLong(l.issuedOn)}</time>
              </td>
              <td>{DELIVERY_LABELS[l.sentBy]}</td>
              <td>{l.issuedBy}</td>
              <td className="row-actions">
                <button type="button" className="link-button" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id!)}>
                  {open === l.id ? 'Close' : 'Open'}
                  <span className="visually-hidden"> {l.title} of {formatDateLong(l.issuedOn)}</span>
                </button>
                <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => printPdf(l.pdf), 'The letter was not printed')}>
                  Print<span className="visually-hidden"> {l.title} of {formatDateLong(l.issuedOn)}</span>
                </button>
                <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => saveLetterPdf(l.pdf, l.content), 'The letter was not saved')}>
                  Save PDF<span className="visually-hidden"> {l.title} of {formatDateLong(l.issuedOn)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {shown && (
        <div className="preview-block">
          <p className="hint">
            {shown.title}, as issued on {formatDateLong(shown.issuedOn)}. SHA-256 of the PDF: <code className="hash">{shown.sha256}</code>
          </p>
          <PdfPreview bytes={shown.pdf} title={`${shown.title} of ${formatDateLong(shown.issuedOn)}, as issued`} />
        </div>
      )}
    </>
  )
}
