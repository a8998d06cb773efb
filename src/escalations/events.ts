import type { Case, FieldChange } from '../domain/case'
import { formatDateLong, isIsoDate } from '../domain/dates'
import { deadlineChanges, withDeadlines } from '../cases/deadline-state'
import { bodyShortPhrase } from './bodies'
import { escalationDeadlineKey, escalationIndexFields } from './deadlines'
import { ESCALATION_OUTCOMES, ESCALATION_OUTCOME_LABELS, type CaseOfficer, type Escalation, type EscalationBody, type EscalationOutcome } from './types'

/** Something that happened in a matter escalated to a body. */
export type EscalationEvent =
  | {
      type: 'escalated'
      body?: EscalationBody
      bodyReference: string
      letterReceived: string
      officer: CaseOfficer
      /** '' when the letter sets no date. */
      replyBy: string
      asks: string
    }
  | { type: 'documents-sent'; escalationId: string; date: string; description: string }
  | { type: 'decided'; escalationId: string; decision: string; outcome?: EscalationOutcome; outcomeDate: string }

export interface EscalationIssue {
  field: string
  message: string
}

/** Refused input, with one message per field saying what to fix. */
export class EscalationError extends Error {
  constructor(readonly issues: EscalationIssue[]) {
    super(issues.map((i) => i.message).join(' '))
    this.name = 'EscalationError'
  }
}

const LIMITS = { reference: 100, name: 200, email: 254, phone: 60, asks: 20_000, description: 5_000, decision: 20_000 }
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

class Checks {
  readonly issues: EscalationIssue[] = []
  add(field: string, message: string) {
    if (!this.issues.some((i) => i.field === field)) this.issues.push({ field, message })
  }
  line(field: string, value: string, what: string, max: number): string {
    const v = value.trim()
    if (v.length > max) this.add(field, `${what} is too long: keep it to ${max} characters or fewer.`)
    else if (CONTROL_IN_LINE.test(v)) this.add(field, `${what} contains a control character (often from pasting). Remove it.`)
    return v
  }
  text(field: string, value: string, what: string, max: number): string {
    const v = value.trim()
    if (v.length > max) this.add(field, `${what} is too long: keep it to ${max.toLocaleString('en-GB')} characters or fewer.`)
    else if (CONTROL_IN_TEXT.test(v)) this.add(field, `${what} contains an invisible control character (often from pasting). Remove it.`)
    return v
  }
  /** A required past-or-today date; false when it is not usable. */
  date(field: string, value: string, what: string, today: string, notBefore?: { date: string; what: string }): boolean {
    const problem =
      value === ''
        ? `Enter the date ${what}.`
        : !isIsoDate(value)
          ? `Enter the date ${what} as a real date, such as 2026-03-14.`
          : value > today
            ? `The date ${what} cannot be in the future (today is ${formatDateLong(today)}).`
            : notBefore && value < notBefore.date
              ? `The date ${what} cannot be before ${notBefore.what} (${formatDateLong(notBefore.date)}).`
              : undefined
    if (problem) this.add(field, problem)
    return problem === undefined
  }
  throwIfAny() {
    if (this.issues.length) throw new EscalationError(this.issues)
  }
}

function nextId(escalations: readonly Escalation[]): string {
  const numbers = escalations.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0))
  return `e${Math.max(0, ...numbers) + 1}`
}

function find(c: Case, id: string): Escalation {
  const found = (c.escalations ?? []).find((e) => e.id === id)
  if (!found) throw new EscalationError([{ field: 'escalation', message: 'This case has no such escalation; it may have been changed in another window.' }])
  return found
}

function officerText(o: CaseOfficer): string {
  return [o.name, o.email, o.phone].filter(Boolean).join(', ')
}

function escalate(c: Case, event: Extract<EscalationEvent, { type: 'escalated' }>, today: string) {
  const checks = new Checks()
  if (!event.body || !event.body.id) checks.add('body', 'Choose the body the matter was escalated to, such as the ICO or the AAA.')
  const bodyReference = checks.line('bodyReference', event.bodyReference, "The body's reference", LIMITS.reference)
  const letterOk = checks.date('letterReceived', event.letterReceived, "the body's letter arrived", today, {
    date: c.received,
    what: `the ${c.kind} was received`
  })
  const officer: CaseOfficer = {
    name: checks.line('officer.name', event.officer.name, "The case officer's name", LIMITS.name),
    email: checks.line('officer.email', event.officer.email, "The case officer's email", LIMITS.email),
    phone: checks.line('officer.phone', event.officer.phone, "The case officer's phone number", LIMITS.phone)
  }
  if (officer.email && !EMAIL.test(officer.email))
    checks.add('officer.email', "Enter the case officer's email in the form name@ico.org.uk, or leave it empty.")
  if (officer.phone && !/^[+()\d\s./-]+$/.test(officer.phone))
    checks.add('officer.phone', 'A phone number may hold only digits, spaces and + ( ) - . / characters.')
  const replyBy = event.replyBy.trim()
  if (replyBy !== '') {
    if (!isIsoDate(replyBy)) checks.add('replyBy', 'Enter the reply date as a real date, such as 2026-03-14, or leave it empty.')
    else if (letterOk && replyBy < event.letterReceived)
      checks.add(
        'replyBy',
        `The reply date (${formatDateLong(replyBy)}) cannot be before the body's letter arrived (${formatDateLong(event.letterReceived)}). Check both dates against the letter.`
      )
  }
  const asks = checks.text('asks', event.asks, 'What the body asks for', LIMITS.asks)
  if (event.body && bodyReference) {
    const same = (c.escalations ?? []).find((e) => e.body.id === event.body!.id && e.bodyReference.toLowerCase() === bodyReference.toLowerCase())
    if (same) checks.add('bodyReference', `This case already has the escalation to ${bodyShortPhrase(same.body)} with reference ${same.bodyReference}.`)
  }
  checks.throwIfAny()
  const body = event.body!
  const escalation: Escalation = {
    id: nextId(c.escalations ?? []),
    body: { ...body },
    bodyReference,
    letterReceived: event.letterReceived,
    officer,
    ...(replyBy ? { replyBy } : {}),
    asks,
    documentsSent: []
  }
  const f = `escalations.${escalation.id}`
  const changes: FieldChange[] = [
    { field: `${f}.body`, label: 'Escalated to', from: '', to: body.name },
    { field: `${f}.bodyReference`, label: "Body's reference", from: '', to: bodyReference },
    { field: `${f}.letterReceived`, label: "Body's letter received", from: '', to: event.letterReceived },
    { field: `${f}.officer`, label: 'Case officer', from: '', to: officerText(officer) },
    { field: `${f}.replyBy`, label: 'Reply by', from: '', to: replyBy },
    { field: `${f}.asks`, label: 'What the body asks', from: '', to: asks }
  ].filter((ch) => ch.to !== '')
  return { escalations: [...(c.escalations ?? []), escalation], met: c.clock.met, action: `Escalated to ${bodyShortPhrase(body)}`, changes }
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
    event.type === 'escalated' ? escalate(c, event, today) : event.type === 'documents-sent' ? documentsSent(c, event, today) : decided(c, event, today)
  const draft: Case = {
    ...c,
    escalations: result.escalations,
    ...escalationIndexFields(result.escalations),
    clock: { ...c.clock, met: result.met }
  }
  const next: Case = { ...draft, ...withDeadlines(draft) }
  return { next, action: result.action, changes: [...result.changes, ...deadlineChanges(c, next)] }
}
