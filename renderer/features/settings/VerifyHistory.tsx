import { useState } from 'react'
import { useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { Notice } from '../../components/Notice'
import { verifyHistory, type VerifyReport } from '../../repositories/history'

/** Checks that no case's history was altered, removed or reordered since it was written. */
export function VerifyHistory() {
  const { db } = useOffice()
  const [report, setReport] = useState<VerifyReport | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function run() {
    setReport(null)
    setError(null)
    setProgress('Checking…')
    try {
      setReport(await verifyHistory(db, (done, total) => setProgress(`Checked ${done} of ${total} cases…`)))
    } catch (e) {
      setError(`The history could not be checked: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setProgress(null)
    }
  }

  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Verify history</h2>
      <p>
        Every entry in a case's history carries a fingerprint (SHA-256) of its content and of the entry before it. Checking them
        shows whether any entry was changed, removed or reordered since it was written.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={progress !== null}>
          Verify history
        </button>
        {progress && <span role="status">{progress}</span>}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {report && !report.broken && (
        <Notice tone="success">
          The history is intact: {report.entriesChecked} entries in {report.casesChecked} cases verified.
        </Notice>
      )}
      {report?.broken && (
        <Notice tone="error" title="The history has been tampered with">
          <p>
            Case <a href={hrefFor({ page: 'case', id: report.broken.caseId })}>{report.broken.reference}</a>, entry{' '}
            {report.broken.position}: {report.broken.reason}. Keep this computer as it is and tell whoever is responsible for
            the office's records; restore from a backup made before the change if one is needed.
          </p>
        </Notice>
      )}
    </section>
  )
}
