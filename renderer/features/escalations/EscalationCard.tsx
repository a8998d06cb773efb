import { useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { formatDateLong } from '../../../src/domain/dates'
import { bodyShortPhrase } from '../../../src/escalations/bodies'
import { escalationDeadlineKey } from '../../../src/escalations/deadlines'
import { ESCALATION_OUTCOME_LABELS, type Escalation } from '../../../src/escalations/types'
import { daysLeftText, urgencyOf } from '../../../src/cases/urgency'
import { RecordDocumentsSent, RecordOutcome } from './EscalationSteps'
import { EscalateForm, valuesOf } from './EscalateForm'

function replyState(c: Case, e: Escalation, today: string): { tone: string; text: string } {
  const met = c.clock.met[escalationDeadlineKey(e)]
  if (e.outcome) return { tone: 'done', text: `Concluded on ${formatDateLong(e.outcomeDate!)}` }
  if (met) return { tone: 'met', text: `Reply sent on ${formatDateLong(met)}` }
  if (!e.replyBy) return { tone: 'later', text: 'No reply date set' }
  return { tone: urgencyOf(e.replyBy, today), text: daysLeftText(e.replyBy, today) }
}

/** One escalation: the body's letter and officer, the reply date, what was sent, and the outcome. */
export function EscalationCard({ record: c, escalation: e, today }: { record: Case; escalation: Escalation; today: string }) {
  const [step, setStep] = useState<'documents' | 'outcome' | 'correct' | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const state = replyState(c, e, today)
  const deadline = c.deadlines.find((d) => d.key === escalationDeadlineKey(e))
  const headingId = `escalation-${e.id}-heading`
  const finish = (message: string | null) => {
    setStep(null)
    setDone(message)
  }
  return (
    <article className={`escalation escalation-${state.tone}`} aria-labelledby={headingId} data-escalation={e.id}>
      <h3 id={headingId}>
        {e.body.name}
        {e.bodyReference && (
          <>
            {' '}
            <span className="reference">{e.bodyReference}</span>
          </>
        )}
      </h3>
      <dl>
        <dt>Letter arrived</dt>
        <dd>
          <time dateTime={e.letterReceived}>{formatDateLong(e.letterReceived)}</time>
        </dd>
        <dt>Case officer</dt>
        <dd>{[e.officer.name, e.officer.email, e.officer.phone].filter(Boolean).join(' · ') || <span className="none">Not given</span>}</dd>
        <dt>Reply by</dt>
        <dd>
          {e.replyBy ? <time dateTime={e.replyBy}>{formatDateLong(e.replyBy)}</time> : <span className="none">No date in the letter</span>}
          {' — '}
          <span className="reply-state">{state.text}</span>
          {deadline && (
            <details>
              <summary>Why this date</summary>
              <ol className="steps">
                {deadline.steps.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
              <p className="citation">{deadline.citation}</p>
            </details>
          )}
        </dd>
        <dt>What they ask</dt>
        <dd className="pre">{e.asks || <span className="none">Not recorded</span>}</dd>
        <dt>Documents sent</dt>
        <dd>
          {e.documentsSent.length === 0 ? (
            <span className="none">None yet</span>
          ) : (
            <ul className="documents">
              {e.documentsSent.map((d, i) => (
                <li key={i}>
                  <time dateTime={d.date}>{formatDateLong(d.date)}</time>: {d.description}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Outcome</dt>
        <dd>
          {e.outcome ? (
            <>
              <strong>{ESCALATION_OUTCOME_LABELS[e.outcome]}</strong>, {formatDateLong(e.outcomeDate!)}
              {e.decision && <p className="pre">{e.decision}</p>}
            </>
          ) : (
            <span className="none">Awaited</span>
          )}
        </dd>
      </dl>
      {done && <p role="status" className="notice notice-success">{done}</p>}
      {step === null && (
        <div className="actions">
          <button type="button" onClick={() => { setStep('documents'); setDone(null) }}>
            Record documents sent
          </button>
          <button type="button" onClick={() => { setStep('outcome'); setDone(null) }}>
            Record the decision and outcome
          </button>
          <button type="button" className="link-button" onClick={() => { setStep('correct'); setDone(null) }}>
            Correct the details
          </button>
        </div>
      )}
      {step === 'correct' && (
        <EscalateForm record={c} today={today} initial={valuesOf(e)} escalation={e}
          onDone={(saved) => finish(saved ? 'Recorded: the corrected details, with the old ones kept in the history.' : null)} />
      )}
      {step === 'documents' && (
        <RecordDocumentsSent record={c} escalation={e} today={today}
          onDone={(saved) => finish(saved ? `Recorded: documents sent to ${bodyShortPhrase(e.body)}.` : null)} />
      )}
      {step === 'outcome' && (
        <RecordOutcome record={c} escalation={e} today={today}
          onDone={(saved) => finish(saved ? `Recorded: the outcome of ${bodyShortPhrase(e.body)}'s case.` : null)} />
      )}
    </article>
  )
}
