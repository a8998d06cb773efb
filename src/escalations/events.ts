import type { Case, FieldChange } from '../domain/case'
import { formatDateLong } from '../domain/dates'
import { Checks, EscalationError, LIMITS } from './checks'
import { checkDetails, detailChanges, type EscalationDetails } from './details'
import { deadlineChanges, withDeadlines } from '../cases/deadline-state'
import { bodyShortPhrase } from './bodies'
import { escalationDeadlineKey, escalationIndexFields } from './deadlines'
import { ESCALATION_OUTCOMES, ESCALATION_OUTCOME_LABELS, type Escalation, type EscalationBody, type EscalationOutcome } from './types'

export { EscalationError, type EscalationIssue } from './checks'

/** Something that happened in a matter escalated to a body. */
export type EscalationEvent =
  | ({ type: 'escalated'; body?: EscalationBody } & EscalationDetails)
  /** A typo put right, or a new reply date the body agreed: the history keeps old and new. */
  | ({ type: 'corrected'; escalationId: string } & EscalationDetails)
  | { type: 'documents-sent'; escalationId: string; date: string; description: string }
  | { type: 'decided'; escalationId: string; decision: string; outcome?: EscalationOutcome; outcomeDate: string }

function nextId(escalations: readonly Escalation[]): string {
  const numbers = escalations.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0))
  return `e${Math.max(0, ...numbers) + 1}`
}

function find(c: Case, id: string): Escalation {
  const found = (c.escalations ?? []).find((e) => e.id === id)
  if (!found) throw new EscalationError([{ field: 'escalation', message: 'This case has no such escalation; it may have been changed in another window.' }])
  return found
}

function escalate(c: Case, event: Extract<EscalationEvent, { type: 'escalated' }>, today: string) {
  const checks = new Checks()
  if (!event.body || !event.body.id) checks.add('body', 'Choose the body the matter was escalated to, such as the ICO or the AAA.')
  const details = checkDetails(c, event.body, event, today, checks)
  checks.throwIfAny()
  const body = event.body!
  const escalation: Escalation = { id: nextId(c.escalations ?? []), body: { ...body }, ...details, documentsSent: [] }
  const changes: FieldChange[] = [
    { field: `escalations.${escalation.id}.body`, label: 'Escalated to', from: '', to: body.name },
    ...detailChanges(escalation.id, undefined, details)
  ]
  return { escalations: [...(c.escalations ?? []), escalation], met: c.clock.met, action: `Escalated to ${bodyShortPhrase(body)}`, changes }
}

function corrected(c: Case, event: Extract<EscalationEvent, { type: 'corrected' }>, today: string) {
  const e = find(c, event.escalationId)
  const checks = new Checks()
  const details = checkDetails(c, e.body, event, today, checks, e.id)
  const first = [...e.documentsSent.map((d) => d.date), ...(e.outcomeDate ? [e.outcomeDate] : [])].sort()[0]
  if (first && details.letterReceived > first)
    checks.add('letterReceived', `The letter cannot have arrived after what was recorded on ${formatDateLong(first)} in reply to it.`)
  checks.throwIfAny()
  const changes = detailChanges(e.id, e, details)
  if (changes.length === 0) throw new EscalationError([{ field: 'bodyReference', message: 'Nothing has changed: correct a detail, or cancel.' }])
  const { replyBy: _old, ...rest } = e
  const updated: Escalation = { ...rest, ...details }
  return { escalations: replace(c, updated), met: c.clock.met, action: `Escalation details corrected: ${bodyShortPhrase(e.body)}`, changes }
}

function documentsSent(c: Case, event: Extract<EscalationEvent, { type: 'documents-sent' }>, today: string) {
  const e = find(c, event.escalationId)
  const checks = new Checks()
  checks.date('date', event.date, 'the documents were sent', today, { date: e.letterReceived, what: "the body's letter arrived" })
  const description = checks.text('description', event.description, 'The description of the documents', LIMITS.description)
  if (description === '') checks.add('description', 'Describe what was sent, such as "Reply letter, copy of the access response and the request log".')
  checks.throwIfAny()
  const updated: Escalation = { ...e, documentsSent: [...e.documentsSent, { date: event.date, description }] }
  const key = escalationDeadlineKey(e)
  const met = { ...c.clock.met }
  const changes: FieldChange[] = [
    { field: `escalations.${e.id}.documentsSent`, label: `Documents sent to ${bodyShortPhrase(e.body)}`, from: '', to: `${event.date}: ${description}` }
  ]
  if (e.replyBy && met[key] === undefined) {
    met[key] = event.date
    changes.push({ field: `clock.met.${key}`, label: 'Reply sent', from: '', to: event.date })
  }
  return { escalations: replace(c, updated), met, action: `Documents sent to ${bodyShortPhrase(e.body)}`, changes }
}

function decided(c: Case, event: Extract<EscalationEvent, { type: 'decided' }>, today: string) {
  const e = find(c, event.escalationId)
  const checks = new Checks()
  if (!event.outcome || !ESCALATION_OUTCOMES.includes(event.outcome))
    checks.add('outcome', `Choose the outcome: ${ESCALATION_OUTCOMES.map((o) => ESCALATION_OUTCOME_LABELS[o].toLowerCase()).join(', ')}.`)
  checks.date('outcomeDate', event.outcomeDate, 'of the outcome', today, { date: e.letterReceived, what: "the body's letter arrived" })
  const decision = checks.text('decision', event.decision, 'The decision', LIMITS.decision)
  checks.throwIfAny()
  const outcome = event.outcome!
  const updated: Escalation = { ...e, outcome, outcomeDate: event.outcomeDate, ...(decision ? { decision } : { decision: undefined }) }
  const f = `escalations.${e.id}`
  const changes: FieldChange[] = [
    { field: `${f}.outcome`, label: 'Outcome', from: e.outcome ? ESCALATION_OUTCOME_LABELS[e.outcome] : '', to: ESCALATION_OUTCOME_LABELS[outcome] },
    { field: `${f}.outcomeDate`, label: 'Outcome date', from: e.outcomeDate ?? '', to: event.outcomeDate },
    { field: `${f}.decision`, label: 'Decision', from: e.decision ?? '', to: decision }
  ].filter((ch) => ch.from !== ch.to)
  if (changes.length === 0) throw new EscalationError([{ field: 'outcome', message: 'This outcome is already recorded: nothing has changed.' }])
  return { escalations: replace(c, updated), met: c.clock.met, action: `Outcome recorded: ${bodyShortPhrase(e.body)}`, changes }
}

function replace(c: Case, updated: Escalation): Escalation[] {
  return (c.escalations ?? []).map((e) => (e.id === updated.id ? updated : e))
}

/**
 * Applies an escalation event to a case, open or closed: checks it, updates
 * the escalation, its index fields and the deadlines, and says what changed
 * for the history. Pure: the caller writes the result in one transaction.
 */
export function applyEscalationEvent(
  c: Case,
  event: EscalationEvent,
  today: string
): { next: Case; action: string; changes: FieldChange[] } {
  const result =
    event.type === 'escalated'
      ? escalate(c, event, today)
      : event.type === 'corrected'
        ? corrected(c, event, today)
        : event.type === 'documents-sent'
          ? documentsSent(c, event, today)
          : decided(c, event, today)
  const draft: Case = {
    ...c,
    escalations: result.escalations,
    ...escalationIndexFields(result.escalations),
    clock: { ...c.clock, met: result.met }
  }
  const next: Case = { ...draft, ...withDeadlines(draft) }
  return { next, action: result.action, changes: [...result.changes, ...deadlineChanges(c, next)] }
}
