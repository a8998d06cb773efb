import type { Case } from '../../../src/domain/case'
import { formatDateLong } from '../../../src/domain/dates'
import { daysLeftText, urgencyOf } from '../../../src/cases/urgency'
import { isEscalationDeadline } from '../../../src/escalations/deadlines'

const REASONS = {
  identity: 'awaiting proof of identity',
  fee: 'awaiting the fee',
  clarification: 'awaiting a clarification'
}

function pauseReason(c: Case): string {
  const { clock } = c
  if (clock.clarifications.some((p) => !p.received)) return REASONS.clarification
  if (clock.identityRequested && !clock.identityReceived) return REASONS.identity
  return REASONS.fee
}

/** Each statutory deadline of the case: its date, the days left, and why the date is what it is. */
export function CaseDeadlines({ record: c, today }: { record: Case; today: string }) {
  const open = c.status !== 'closed' && c.status !== 'responded'
  // A body's reply date is shown with its escalation (it runs even when the case is closed).
  const deadlines = c.deadlines.filter((d) => !isEscalationDeadline(d.key))
  return (
    <section className="card wide" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Deadlines</h2>
      {c.pausedSince && (
        <div className="notice notice-warning" role="status">
          <p className="notice-title">The clock is stopped</p>
          <p>
            Since {formatDateLong(c.pausedSince)}, {pauseReason(c)}. The dates below move on by each day the clock stays stopped.
          </p>
        </div>
      )}
      {deadlines.length === 0 && <p className="none">No statutory deadline applies to this case.</p>}
      <ul className="deadline-list">
        {deadlines.map((d) => {
          const met = c.clock.met[d.key]
          const urgency = open && !c.pausedSince ? urgencyOf(d.due, today, met) : met ? 'met' : 'later'
          return (
            <li key={d.key} className={`deadline deadline-${urgency}`} data-deadline={d.key}>
              <div className="deadline-head">
                <span className="deadline-label">{d.label}</span>
                <span className="deadline-due">
                  <time dateTime={d.due}>{formatDateLong(d.due)}</time>
                </span>
                <span className="deadline-left">
                  {met ? `Done on ${formatDateLong(met)}` : open ? (c.pausedSince ? 'Clock stopped' : daysLeftText(d.due, today)) : '—'}
                </span>
              </div>
              <details>
                <summary>Why this date</summary>
                <ol className="steps">
                  {d.steps.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
                <p className="citation">{d.citation}</p>
              </details>
            </li>
          )
        })}
      </ul>
      {c.deadlineNotes.length > 0 && (
        <ul className="deadline-notes">
          {c.deadlineNotes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
