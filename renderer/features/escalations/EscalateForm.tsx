import { useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { BODY_KIND_LABELS, bodyRef, bodyShortPhrase } from '../../../src/escalations/bodies'
import type { Escalation } from '../../../src/escalations/types'
import { recordEscalationEvent } from '../../repositories/escalations'
import type { NewAttachment } from '../../repositories/cases'
import { officeActor, useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { useBodies } from './use-bodies'
import { issuesOf } from './issues'

export interface EscalateValues {
  bodyId: string
  bodyReference: string
  letterReceived: string
  officerName: string
  officerEmail: string
  officerPhone: string
  replyBy: string
  asks: string
}

export function emptyEscalateValues(today: string): EscalateValues {
  return { bodyId: '', bodyReference: '', letterReceived: today, officerName: '', officerEmail: '', officerPhone: '', replyBy: '', asks: '' }
}

export function valuesOf(e: Escalation): EscalateValues {
  return {
    bodyId: e.body.id,
    bodyReference: e.bodyReference,
    letterReceived: e.letterReceived,
    officerName: e.officer.name,
    officerEmail: e.officer.email,
    officerPhone: e.officer.phone,
    replyBy: e.replyBy ?? '',
    asks: e.asks
  }
}

const FIELD_OF: Record<string, keyof EscalateValues> = {
  body: 'bodyId',
  bodyReference: 'bodyReference',
  letterReceived: 'letterReceived',
  'officer.name': 'officerName',
  'officer.email': 'officerEmail',
  'officer.phone': 'officerPhone',
  replyBy: 'replyBy',
  asks: 'asks'
}

/**
 * "Escalate…": the body, its reference, its letter, the case officer and the
 * date it wants a reply by. Given an escalation, corrects its details instead
 * (the body stays: a matter taken to another body is a new escalation).
 */
export function EscalateForm(props: {
  record: Case
  today: string
  initial: EscalateValues
  /** Files to keep with the case when the escalation is recorded (the body's letter). */
  files?: NewAttachment[]
  /** The escalation whose details are corrected. */
  escalation?: Escalation
  onDone: (saved: boolean) => void
}) {
  const { db, settings } = useOffice()
  const bodies = useBodies()
  const [v, setV] = useState(props.initial)
  const [errors, setErrors] = useState<Partial<Record<keyof EscalateValues, string>>>({})
  const [general, setGeneral] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (key: keyof EscalateValues) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value })

  async function submit() {
    setSaving(true)
    setGeneral(null)
    const body = bodies?.find((b) => b.id === v.bodyId)
    const details = {
      bodyReference: v.bodyReference,
      letterReceived: v.letterReceived,
      officer: { name: v.officerName, email: v.officerEmail, phone: v.officerPhone },
      replyBy: v.replyBy,
      asks: v.asks
    }
    try {
      await recordEscalationEvent(
        db,
        props.record.id!,
        props.escalation
          ? { type: 'corrected', escalationId: props.escalation.id, ...details }
          : { type: 'escalated', body: body ? bodyRef(body) : undefined, ...details },
        officeActor(settings),
        props.files ?? []
      )
      props.onDone(true)
    } catch (e) {
      const found = issuesOf(e)
      const mapped: Partial<Record<keyof EscalateValues, string>> = {}
      for (const [field, message] of Object.entries(found.byField)) mapped[FIELD_OF[field] ?? 'asks'] = message
      setErrors(mapped)
      setGeneral(found.general ?? 'The escalation has not been recorded yet: each field marked below says what to fix.')
      setSaving(false)
    }
  }

  const editing = props.escalation
  const headingId = editing ? `correct-${editing.id}-heading` : 'escalate-heading'
  return (
    <form
      className="escalation-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      {editing ? (
        <h4 id={headingId}>Correct the details of the escalation to {bodyShortPhrase(editing.body)}</h4>
      ) : (
        <h3 id={headingId}>Escalate {props.record.reference} to a body</h3>
      )}
      {general && <Notice tone="error">{general}</Notice>}
      <div className="two-columns">
        {editing ? (
          <p className="field">
            <span className="label">Body</span> {editing.body.name}
          </p>
        ) : (
          <Field
            label="Body"
            required
            error={errors.bodyId}
            hint={
              <>
                From the directory of bodies; add others in <a href={hrefFor({ page: 'settings' })}>Settings</a>.
              </>
            }
          >
            <select value={v.bodyId} onChange={set('bodyId')}>
              <option value="">Choose…</option>
              {(bodies ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                  {b.shortName ? ` (${b.shortName})` : ''} — {BODY_KIND_LABELS[b.kind]}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Their case reference" error={errors.bodyReference} hint="As on the body's letter, e.g. IC-123456-A1B2.">
          <input type="text" autoComplete="off" spellCheck={false} value={v.bodyReference} onChange={set('bodyReference')} />
        </Field>
      </div>
      <div className="two-columns">
        <Field label="Their letter arrived on" required error={errors.letterReceived} hint="The day it reached the office.">
          <input type="date" max={props.today} value={v.letterReceived} onChange={set('letterReceived')} />
        </Field>
        <Field label="Reply by" error={errors.replyBy} hint="The date the body asks for a reply by, from its letter. The app reminds you.">
          <input type="date" value={v.replyBy} onChange={set('replyBy')} />
        </Field>
      </div>
      <div className="three-columns">
        <Field label="Case officer" error={errors.officerName}>
          <input type="text" autoComplete="off" value={v.officerName} onChange={set('officerName')} />
        </Field>
        <Field label="Officer's email" error={errors.officerEmail}>
          <input type="email" autoComplete="off" spellCheck={false} value={v.officerEmail} onChange={set('officerEmail')} />
        </Field>
        <Field label="Officer's phone" error={errors.officerPhone}>
          <input type="tel" autoComplete="off" value={v.officerPhone} onChange={set('officerPhone')} />
        </Field>
      </div>
      <Field label="What they ask for" error={errors.asks} hint="What the body asks the office to explain, send or do.">
        <textarea rows={4} value={v.asks} onChange={set('asks')} />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving || bodies === undefined}>
          {saving ? 'Recording…' : editing ? 'Save the corrections' : 'Record the escalation'}
        </button>
        <button type="button" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
