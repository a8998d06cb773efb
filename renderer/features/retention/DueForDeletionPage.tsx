import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { officeToday, useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { Notice } from '../../components/Notice'
import { purgeCases, purgeLog, reviewRetention } from '../../repositories/retention'
import { keptUntil } from '../../../src/retention/retention-period'
import { formatDateLong } from '../../../src/domain/dates'
import { OUTCOME_LABELS } from '../../../src/domain/status'
import { ConfirmPurgeDialog } from './ConfirmPurgeDialog'
import { PurgeLogTable } from './PurgeLogTable'
import '../exports/exports.css'
import './retention.css'

const cases = (n: number) => `${n.toLocaleString('en-GB')} case${n === 1 ? '' : 's'}`

/** Closed cases kept longer than the retention period: the user picks which to delete for good, and confirms. */
export function DueForDeletionPage() {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const years = settings.retentionYears
  const review = useLiveQuery(() => reviewRetention(db, years, today), [db, years, today])
  const log = useLiveQuery(() => purgeLog(db), [db])
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set())
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error' | 'warning'; text: string } | null>(null)

  const due = useMemo(() => review?.due ?? [], [review])
  // Only cases still listed count as selected (one may have been reopened or put on hold in another window).
  const selected = useMemo(() => due.filter((c) => picked.has(c.id!)).map((c) => c.id!), [due, picked])
  const allSelected = due.length > 0 && selected.length === due.length

  function toggle(id: number, on: boolean) {
    const next = new Set(picked)
    if (on) next.add(id)
    else next.delete(id)
    setPicked(next)
  }

  async function purge() {
    setBusy(true)
    try {
      const result = await purgeCases(db, selected, settings.staffName, years, { now: new Date(), timeZone: settings.timeZone })
      const kept = result.kept > 0 ? ` ${cases(result.kept)} no longer due (reopened or put on legal hold meanwhile) ${result.kept === 1 ? 'was' : 'were'} kept.` : ''
      setOutcome({ tone: result.kept > 0 ? 'warning' : 'success', text: `${cases(result.deleted)} deleted for good.${kept}` })
      setPicked(new Set())
    } catch (e) {
      setOutcome({ tone: 'error', text: `Nothing was deleted: ${e instanceof Error ? e.message : String(e)}` })
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  return (
    <section className="page" aria-labelledby="retention-title">
      <div className="page-head">
        <h1 id="retention-title">Due for deletion</h1>
        <p className="lede">
          Closed cases kept longer than the retention period: {years} year{years === 1 ? '' : 's'} after closing (
          <a href={hrefFor({ page: 'settings' })}>change it in Settings</a>). A case on legal hold is never listed here.
        </p>
      </div>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      {review === undefined ? (
        <p className="loading">Looking for cases past the retention period…</p>
      ) : due.length === 0 ? (
        <p>No case is due for deletion today.</p>
      ) : (
        <form
          aria-labelledby="due-heading"
          onSubmit={(e) => {
            e.preventDefault()
            if (selected.length > 0) setConfirming(true)
          }}
        >
          <h2 id="due-heading">
            {cases(due.length)} past the retention period
          </h2>
          <table className="retention-table">
            <thead>
              <tr>
                <th scope="col" className="select">
                  <input
                    type="checkbox"
                    aria-label="Select every case due for deletion"
                    checked={allSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = selected.length > 0 && !allSelected
                    }}
                    onChange={(e) => setPicked(new Set(e.target.checked ? due.map((c) => c.id!) : []))}
                  />
                </th>
                <th scope="col">Reference</th>
                <th scope="col">Requester</th>
                <th scope="col">Outcome</th>
                <th scope="col">Closed</th>
                <th scope="col">Kept until</th>
              </tr>
            </thead>
            <tbody>
              {due.map((c) => (
                <tr key={c.id}>
                  <td className="select">
                    <input
                      type="checkbox"
                      aria-label={`Select ${c.reference}`}
                      checked={picked.has(c.id!)}
                      onChange={(e) => toggle(c.id!, e.target.checked)}
                    />
                  </td>
                  <td>
                    <a className="reference" href={hrefFor({ page: 'case', id: c.id! })}>
                      {c.reference}
                    </a>
                  </td>
                  <td>{c.requester.name}</td>
                  <td>{c.outcome ? OUTCOME_LABELS[c.outcome] : ''}</td>
                  <td>{formatDateLong(c.closedOn!)}</td>
                  <td>{formatDateLong(keptUntil(c.closedOn!, years))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="submit" className="danger" disabled={selected.length === 0}>
              {selected.length === 0 ? 'Delete the selected cases…' : `Delete ${cases(selected.length)}…`}
            </button>
            <span className="hint" aria-live="polite">
              {cases(selected.length)} selected
            </span>
          </div>
        </form>
      )}
      {review && review.held.length > 0 && (
        <section className="retention-section" aria-labelledby="held-heading">
          <h2 id="held-heading">Kept on legal hold</h2>
          <p className="hint">Past the retention period, but kept while the hold lasts. Lift a hold from the case’s page.</p>
          <table className="retention-table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">On hold since</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {review.held.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a className="reference" href={hrefFor({ page: 'case', id: c.id! })}>
                      {c.reference}
                    </a>
                  </td>
                  <td>{formatDateLong(c.legalHold!.since)}</td>
                  <td className="legal-hold-reason">{c.legalHold!.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {review && review.blocked.length > 0 && (
        <section className="retention-section" aria-labelledby="blocked-heading">
          <h2 id="blocked-heading">Kept because something still refers to them</h2>
          <p className="hint">Past the retention period, but deleting them would lose what a complaint or an open escalation relies on.</p>
          <table className="retention-table">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Why it is kept</th>
              </tr>
            </thead>
            <tbody>
              {review.blocked.map(({ record, reasons }) => (
                <tr key={record.id}>
                  <td>
                    <a className="reference" href={hrefFor({ page: 'case', id: record.id! })}>
                      {record.reference}
                    </a>
                  </td>
                  <td>{reasons.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <PurgeLogTable log={log ?? []} timeZone={settings.timeZone} />
      <ConfirmPurgeDialog count={selected.length} open={confirming} busy={busy} onConfirm={() => void purge()} onCancel={() => setConfirming(false)} />
    </section>
  )
}
