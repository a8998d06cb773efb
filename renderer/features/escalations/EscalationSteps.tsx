import { useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { bodyShortPhrase } from '../../../src/escalations/bodies'
import { ESCALATION_OUTCOMES, ESCALATION_OUTCOME_LABELS, type Escalation, type EscalationOutcome } from '../../../src/escalations/types'
import type { EscalationEvent } from '../../../src/escalations/events'
import { recordEscalationEvent } from '../../repositories/escalations'
import { officeActor, useOffice } from '../../app/office'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { issuesOf } from './issues'

interface StepProps {
  record: Case
  escalation: Escalation
  today: string
  onDone: (saved: boolean) => void
}

function useRecord(props: StepProps) {
  const { db, settings } = useOffice()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  async function record(event: EscalationEvent) {
    setSaving(true)
    setGeneral(null)
    try {
      await recordEscalationEvent(db, props.record.id!, event, officeActor(settings))
      props.onDone(true)
    } catch (e) {
      const found = issuesOf(e)
      setErrors(found.byField)
      setGeneral(found.general ?? (found.byField.escalation || 'Nothing has been recorded yet: each field marked below says what to fix.'))
      setSaving(false)
    }
  }
  return { errors, general, saving, record }
}

function Buttons({ saving, label, onCancel }: { saving: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={saving}>
        {saving ? 'Recording…' : label}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}

/** The documents sent to the body; the first sent after its letter is the reply, and ends the reminder. */
export function RecordDocumentsSent(props: StepProps) {
  const [date, setDate] = useState(props.today)
  const [description, setDescription] = useState('')
  const { errors, general, saving, record } = useRecord(props)
  const id = `documents-${props.escalation.id}`
  return (
    <form
      className="escalation-form"
      aria-labelledby={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void record({ type: 'documents-sent', escalationId: props.escalation.id, date, description })
      }}
    >
      <h4 id={id}>Documents sent to {bodyShortPhrase(props.escalation.body)}</h4>
      {general && <Notice tone="error">{general}</Notice>}
      <Field label="Sent on" required error={errors.date}>
        <input type="date" max={props.today} value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field label="What was sent" required error={errors.description} hint="The reply letter and each enclosure.">
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <Buttons saving={saving} label="Record documents sent" onCancel={() => props.onDone(false)} />
    </form>
  )
}

/** The body's decision and its outcome, with the date; recording it again corrects it, both kept in the history. */
export function RecordOutcome(props: StepProps) {
  const e = props.escalation
  const [outcome, setOutcome] = useState<EscalationOutcome | ''>(e.outcome ?? '')
  const [date, setDate] = useState(e.outcomeDate ?? props.today)
  const [decision, setDecision] = useState(e.decision ?? '')
  const { errors, general, saving, record } = useRecord(props)
  const id = `outcome-${e.id}`
  return (
    <form
      className="escalation-form"
      aria-labelledby={id}
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault()
        void record({ type: 'decided', escalationId: e.id, decision, outcome: outcome || undefined, outcomeDate: date })
      }}
    >
      <h4 id={id}>The decision of {bodyShortPhrase(e.body)}</h4>
      {general && <Notice tone="error">{general}</Notice>}
      <div className="two-columns">
        <Field label="Outcome" required error={errors.outcome}>
          <select value={outcome} onChange={(ev) => setOutcome(ev.target.value as EscalationOutcome | '')}>
            <option value="">Choose…</option>
            {ESCALATION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {ESCALATION_OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Date of the outcome" required error={errors.outcomeDate} hint="The date of the body's decision letter.">
          <input type="date" max={props.today} value={date} onChange={(ev) => setDate(ev.target.value)} />
        </Field>
      </div>
      <Field label="The decision" error={errors.decision} hint="What the body decided, and anything it asks the office to do.">
        <textarea rows={4} value={decision} onChange={(ev) => setDecision(ev.target.value)} />
      </Field>
      <Buttons saving={saving} label="Record the outcome" onCancel={() => props.onDone(false)} />
    </form>
  )
}
