import { useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { officeToday, useOffice } from '../../app/office'
import { desktopApi } from '../../api'
import { Notice } from '../../components/Notice'
import type { CaseListQuery } from '../../repositories/case-list'
import { exportCaseLog, type ExportProgress } from '../../repositories/export'
import { caseLogFileName } from '../../../src/export/case-log-csv'
import { isIsoDate } from '../../../src/domain/dates'
import { describeListQuery } from './describe-list'
import { useModal } from '../../components/use-modal'
import './exports.css'

type Outcome = { tone: 'success' | 'info' | 'error'; message: string; path?: string }

const count = (n: number) => n.toLocaleString('en-GB')

/** "Export these cases (CSV)…": the cases the list shows, or all, optionally by date received, saved where the user says. */
export function ExportCasesDialog({ query, open, onClose }: { query: CaseListQuery; open: boolean; onClose: () => void }) {
  const { db, settings } = useOffice()
  const ref = useModal(open)
  const [scope, setScope] = useState<'list' | 'all'>('list')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const abort = useRef<AbortController | null>(null)
  const escalatedTo = query.escalatedTo && query.escalatedTo !== 'any' ? query.escalatedTo : undefined
  const bodyName = useLiveQuery(async () => (escalatedTo ? (await db.bodies.get(escalatedTo))?.name : undefined), [db, escalatedTo])
  const filters = describeListQuery(query, bodyName)

  function close() {
    abort.current?.abort()
    setOutcome(null)
    setProgress(null)
    onClose()
  }

  async function run() {
    setOutcome(null)
    if ((from && !isIsoDate(from)) || (to && !isIsoDate(to))) {
      setOutcome({ tone: 'error', message: 'Enter the dates received as real dates, such as 2026-03-14, or leave them empty.' })
      return
    }
    if (from && to && from > to) {
      setOutcome({ tone: 'error', message: 'The first date received is after the last: swap them.' })
      return
    }
    const controller = new AbortController()
    abort.current = controller
    setBusy(true)
    setProgress({ scanned: 0, total: 0, exported: 0 })
    try {
      const file = await exportCaseLog(db, scope === 'list' ? { cases: 'list', query } : { cases: 'all' }, { from, to }, {
        onProgress: setProgress,
        signal: controller.signal
      })
      if (file.count === 0) {
        setOutcome({ tone: 'info', message: 'No case matches: nothing was exported.' })
        return
      }
      const saved = await desktopApi().saveFile({ defaultName: caseLogFileName(officeToday(settings)), kind: 'csv', bytes: file.bytes })
      if (!saved.ok) setOutcome({ tone: 'error', message: `The case log was not saved: ${saved.error.message}` })
      else if (!saved.value.saved) setOutcome({ tone: 'info', message: 'You cancelled: the case log was not saved.' })
      else
        setOutcome({
          tone: 'success',
          message: `The case log of ${count(file.count)} case${file.count === 1 ? '' : 's'} was saved to`,
          path: saved.value.path
        })
    } catch (e) {
      if (controller.signal.aborted) setOutcome({ tone: 'info', message: 'The export was stopped: nothing was saved.' })
      else setOutcome({ tone: 'error', message: `The case log could not be exported: ${e instanceof Error ? e.message : String(e)}` })
    } finally {
      abort.current = null
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      <h2 id="export-title">Export the case log (CSV)</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void run()
        }}
      >
        <fieldset className="choices" disabled={busy}>
          <legend>Which cases</legend>
          <label className="choice">
            <input type="radio" name="export-scope" checked={scope === 'list'} onChange={() => setScope('list')} />
            {filters ? `The cases the list shows (${filters})` : 'The cases the list shows (no filter: every case)'}
          </label>
          <label className="choice">
            <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All cases
          </label>
        </fieldset>
        <fieldset className="choices" disabled={busy}>
          <legend>Received between (optional)</legend>
          <div className="date-range">
            <div className="field">
              <label htmlFor="export-from">From</label>
              <input id="export-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="export-to">To</label>
              <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </div>
          </div>
        </fieldset>
        {progress && (busy || outcome?.tone === 'success') && (
          <div className="export-progress">
            <progress
              aria-label="Export progress"
              max={Math.max(progress.total, 1)}
              value={busy ? progress.scanned : Math.max(progress.total, 1)}
            />
            <p aria-live="polite">
              {busy
                ? `Reading the cases: ${count(progress.scanned)} of ${count(progress.total)} looked at, ${count(progress.exported)} exported…`
                : `${count(progress.exported)} cases exported.`}
            </p>
          </div>
        )}
        {outcome && (
          <Notice tone={outcome.tone}>
            <p>
              {outcome.message}
              {outcome.path && (
                <>
                  {' '}
                  <span className="saved-path">{outcome.path}</span>
                </>
              )}
            </p>
          </Notice>
        )}
        <div className="actions">
          {!busy && (
            <button type="submit" className="primary">
              Export…
            </button>
          )}
          {busy ? (
            <button type="button" onClick={() => abort.current?.abort()}>
              Stop
            </button>
          ) : (
            <button type="button" onClick={close}>
              Close
            </button>
          )}
        </div>
      </form>
    </dialog>
  )
}
