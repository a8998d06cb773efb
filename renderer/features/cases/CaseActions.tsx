import { useEffect, useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { OUTCOME_LABELS, outcomesFor, REQUEST_OUTCOMES } from '../../../src/domain/status'
import { RIGHT_LABELS } from '../../../src/domain/rights'
import type { RightOutcomes } from '../../../src/domain/right-outcomes'
import { recordCaseEvent } from '../../repositories/cases'
import { officeActor, useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { useDraft } from '../intake/use-draft'
import { formatSavedAt } from '../intake/format-saved-at'
import { actionLabel, availableActions, eventFor, needsDate, type ActionId } from './case-actions'

interface ActionDraft {
  action: ActionId | ''
  date: string
  reason: string
  outcome: string
  perRight: RightOutcomes
}

/** Records what happened on the case; the deadlines and the history follow. What is typed survives a reload or crash. */
export function CaseActions({ record, today }: { record: Case; today: string }) {
  const { db } = useOffice()
  const draft = useDraft<ActionDraft>(db, `case-action-${record.id}`)
  if (!draft.checked) return null
  return <ActionsForm record={record} today={today} draft={draft} />
}

function ActionsForm({ record, today, draft }: { record: Case; today: string; draft: ReturnType<typeof useDraft<ActionDraft>> }) {
  const { db, settings } = useOffice()
  const actions = availableActions(record)
  const kept = draft.offered?.value
  const [restoredAt] = useState(draft.offered?.savedAt ?? null)
  const [action, setAction] = useState<ActionId | ''>(kept?.action ?? '')
  const [date, setDate] = useState(kept?.date ?? today)
  const [reason, setReason] = useState(kept?.reason ?? '')
  const [outcome, setOutcome] = useState(kept?.outcome ?? '')
  const [perRight, setPerRight] = useState<RightOutcomes>(kept?.perRight ?? {})
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const { save } = draft
  useEffect(() => {
    if (action || reason || outcome) save({ action, date, reason, outcome, perRight })
  }, [save, action, date, reason, outcome, perRight])
  const chosen = action && actions.includes(action) ? action : ''

  const eachRight = chosen === 'close' && outcome === 'partly-fulfilled' && record.rights.length > 1

  async function submit() {
    setError(null)
    setDone(null)
    if (!chosen) {
      setError('Choose what happened.')
      return
    }
    if (chosen === 'close' && !outcome) {
      setError('Choose the outcome to close the case.')
      return
    }
    try {
      await recordCaseEvent(db, record.id!, eventFor(chosen, date, reason, outcome, eachRight ? perRight : undefined), officeActor(settings))
      await draft.discard()
      setDone(`Recorded: ${actionLabel(chosen, record)}.`)
      setAction('')
      setReason('')
      setOutcome('')
      setPerRight({})
      setDate(today)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  const reasonLabel =
    chosen === 'extension-applied'
      ? 'Reasons for the extension (told to the requester)'
      : outcome === 'partly-fulfilled'
        ? 'Reason for the refusal of what was not fulfilled'
        : 'Reason for the refusal'
  const showReason = chosen === 'extension-applied' || (chosen === 'close' && (outcome === 'refused' || outcome === 'partly-fulfilled'))
  return (
    <section className="card wide" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Record what happened</h2>
      {restoredAt && !done && <Notice tone="info">What you were recording, unsaved at {formatSavedAt(restoredAt)}, has been restored.</Notice>}
      <form
        className="case-actions"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="field">
          <label htmlFor="case-action">What happened</label>
          <select id="case-action" value={chosen} onChange={(e) => setAction(e.target.value as ActionId)}>
            <option value="">Choose…</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a, record)}
              </option>
            ))}
          </select>
        </div>
        {chosen && needsDate(chosen) && (
          <div className="field">
            <label htmlFor="case-action-date">On</label>
            <input id="case-action-date" type="date" max={today} value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
        )}
        {chosen === 'close' && (
          <div className="field">
            <label htmlFor="case-outcome">Outcome</label>
            <select id="case-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">Choose…</option>
              {outcomesFor(record.kind).map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </div>
        )}
        {eachRight && (
          <fieldset className="wide-field right-outcomes">
            <legend>What became of each right</legend>
            {record.rights.map((r) => (
              <div className="field" key={r}>
                <label htmlFor={`right-outcome-${r}`}>{RIGHT_LABELS[r]}</label>
                <select
                  id={`right-outcome-${r}`}
                  value={perRight[r] ?? ''}
                  onChange={(e) => setPerRight((p) => ({ ...p, [r]: e.target.value || undefined }))}
                >
                  <option value="">Choose…</option>
                  {REQUEST_OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {OUTCOME_LABELS[o]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
        {showReason && (
          <div className="field wide-field">
            <label htmlFor="case-reason">{reasonLabel}</label>
            <textarea id="case-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Record
          </button>
        </div>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
    </section>
  )
}
