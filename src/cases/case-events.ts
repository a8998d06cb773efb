import type { Case, CaseClock, FieldChange } from '../domain/case'
import { formatDateLong, isIsoDate } from '../domain/dates'
import { OUTCOME_LABELS, REQUEST_OUTCOMES, STATUS_LABELS, type Outcome, type Status } from '../domain/status'
import { describeRightOutcomes, overallOutcome, type RightOutcomes } from '../domain/right-outcomes'
import { RIGHT_SHORT_LABELS, type Right } from '../domain/rights'
import { assertMove } from '../domain/transitions'
import { deadlineChanges, withDeadlines } from './deadline-state'

/** Something that happened on a case and moves its clock or its status. */
export type CaseEvent =
  | { type: 'identity-requested'; date: string }
  | { type: 'identity-received'; date: string }
  | { type: 'fee-requested'; date: string }
  | { type: 'fee-paid'; date: string }
  | { type: 'clarification-requested'; date: string }
  | { type: 'clarification-received'; date: string }
  | { type: 'extension-applied'; date: string; reason: string }
  | { type: 'deadline-met'; key: string; date: string }
  /** Closing partly fulfilled, a request for several rights may say what became of each. */
  | { type: 'status-changed'; to: Status; outcome?: Outcome; rightOutcomes?: RightOutcomes; reason?: string }

export class CaseEventError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
    this.name = 'CaseEventError'
  }
}

const ACTIONS: Record<CaseEvent['type'], string> = {
  'identity-requested': 'Proof of identity requested',
  'identity-received': 'Proof of identity received',
  'fee-requested': 'Fee requested',
  'fee-paid': 'Fee paid',
  'clarification-requested': 'Clarification requested (clock stopped)',
  'clarification-received': 'Clarification received (clock restarted)',
  'extension-applied': 'Extension applied',
  'deadline-met': 'Deadline met',
  'status-changed': 'Status changed'
}

function checkDate(c: Case, date: string, today: string, what: string, notBefore?: { date: string; what: string }) {
  if (!isIsoDate(date)) throw new CaseEventError('date', `Enter the date ${what}, as a real date such as 2026-03-14.`)
  if (date > today) throw new CaseEventError('date', `The date ${what} cannot be in the future (today is ${today}).`)
  if (date < c.received)
    throw new CaseEventError('date', `The date ${what} cannot be before the request was received (${formatDateLong(c.received)}).`)
  if (notBefore && date < notBefore.date)
    throw new CaseEventError('date', `The date ${what} cannot be before ${notBefore.what} (${formatDateLong(notBefore.date)}).`)
}

function moveTo(c: Case, to: Status): Status {
  if (c.status === to) return to
  assertMove(c.status, to)
  return to
}

/**
 * The outcome of each right, which a request for several rights closed
 * partly fulfilled must give: one for every right asked for, adding up to
 * "partly fulfilled".
 */
function checkRightOutcomes(c: Case, outcome: Outcome | undefined, given: RightOutcomes | undefined): RightOutcomes | undefined {
  if (given === undefined || Object.keys(given).length === 0) {
    if (outcome === 'partly-fulfilled' && c.rights.length > 1)
      throw new CaseEventError('rightOutcomes', 'Say what became of each right the request asked for: which were fulfilled and which refused.')
    return undefined
  }
  if (outcome !== 'partly-fulfilled' || c.rights.length < 2)
    throw new CaseEventError('rightOutcomes', 'An outcome for each right is recorded only when a request for several rights is partly fulfilled.')
  const extra = Object.keys(given).filter((r) => !c.rights.includes(r as Right))
  if (extra.length > 0) throw new CaseEventError('rightOutcomes', `The request did not ask for ${extra.join(', ')}.`)
  const missing = c.rights.filter((r) => given[r] === undefined || !(REQUEST_OUTCOMES as readonly Outcome[]).includes(given[r]))
  if (missing.length > 0)
    throw new CaseEventError('rightOutcomes', `Choose the outcome for ${missing.map((r) => RIGHT_SHORT_LABELS[r].toLowerCase()).join(' and ')}.`)
  const whole = overallOutcome(c.rights.map((r) => given[r]!))
  if (whole !== 'partly-fulfilled')
    throw new CaseEventError('rightOutcomes', `With these outcomes the request was ${OUTCOME_LABELS[whole!].toLowerCase()} as a whole: close it as ${OUTCOME_LABELS[whole!].toLowerCase()}, or change an outcome.`)
  return Object.fromEntries(c.rights.map((r) => [r, given[r]!]))
}

/** The status a case returns to when a wait ends: extended if it was, else in progress. */
function resumed(c: Case, clock: CaseClock): Status {
  return clock.extension ? 'extended' : 'in-progress'
}

/**
 * Applies an event to a case: checks it against the facts, moves the clock
 * and the status, recomputes every deadline, and says what changed for the
 * history. Pure: the caller writes the result in one transaction.
 */
export function applyCaseEvent(c: Case, event: CaseEvent, today: string): { next: Case; action: string; changes: FieldChange[] } {
  if (c.status === 'closed' && event.type !== 'status-changed')
    throw new CaseEventError('status', 'The case is closed. Reopen it before recording anything else.')
  const clock: CaseClock = { ...c.clock, clarifications: [...c.clock.clarifications], met: { ...c.clock.met } }
  const changes: FieldChange[] = []
  const note = (field: string, label: string, from: string | undefined, to: string) =>
    changes.push({ field, label, from: from ?? '', to })
  let status = c.status
  let extra: Partial<Case> = {}

  switch (event.type) {
    case 'identity-requested':
      checkDate(c, event.date, today, 'proof of identity was asked for')
      if (clock.identityRequested && !clock.identityReceived)
        throw new CaseEventError('date', `Proof of identity was already asked for on ${formatDateLong(clock.identityRequested)} and has not arrived.`)
      note('clock.identityRequested', 'Identity requested', clock.identityRequested, event.date)
      clock.identityRequested = event.date
      clock.identityReceived = undefined
      status = moveTo(c, 'awaiting-identity')
      break
    case 'identity-received':
      checkDate(c, event.date, today, 'proof of identity arrived',
        clock.identityRequested ? { date: clock.identityRequested, what: 'it was asked for' } : undefined)
      note('clock.identityReceived', 'Identity received', clock.identityReceived, event.date)
      clock.identityReceived = event.date
      if (c.status === 'awaiting-identity') status = moveTo(c, resumed(c, clock))
      break
    case 'fee-requested':
      checkDate(c, event.date, today, 'the fee was asked for')
      note('clock.feeRequested', 'Fee requested', clock.feeRequested, event.date)
      clock.feeRequested = event.date
      clock.feePaid = undefined
      break
    case 'fee-paid':
      checkDate(c, event.date, today, 'the fee was paid', clock.feeRequested ? { date: clock.feeRequested, what: 'it was asked for' } : undefined)
      note('clock.feePaid', 'Fee paid', clock.feePaid, event.date)
      clock.feePaid = event.date
      break
    case 'clarification-requested': {
      const last = clock.clarifications[clock.clarifications.length - 1]
      if (last && last.received === undefined)
        throw new CaseEventError('date', `A clarification asked for on ${formatDateLong(last.requested)} is still awaited: record its answer first.`)
      checkDate(c, event.date, today, 'the clarification was asked for', last?.received ? { date: last.received, what: 'the last clarification arrived' } : undefined)
      clock.clarifications.push({ requested: event.date })
      note('clock.clarifications', 'Clarification requested', '', event.date)
      status = moveTo(c, 'awaiting-clarification')
      break
    }
    case 'clarification-received': {
      const open = clock.clarifications[clock.clarifications.length - 1]
      if (!open || open.received !== undefined)
        throw new CaseEventError('date', 'No clarification is awaited on this case: record the request for it first.')
      checkDate(c, event.date, today, 'the clarification arrived', { date: open.requested, what: 'it was asked for' })
      clock.clarifications[clock.clarifications.length - 1] = { requested: open.requested, received: event.date }
      note('clock.clarifications', 'Clarification received', '', event.date)
      if (c.status === 'awaiting-clarification') status = moveTo(c, resumed(c, clock))
      break
    }
    case 'extension-applied': {
      if (clock.extension) throw new CaseEventError('reason', `The period was already extended on ${formatDateLong(clock.extension.applied)}.`)
      const reason = event.reason.trim()
      if (!reason) throw new CaseEventError('reason', 'Give the reasons for the extension: the notice to the requester must state them.')
      if (reason.length > 2000) throw new CaseEventError('reason', 'Keep the reasons to 2,000 characters or fewer.')
      checkDate(c, event.date, today, 'the extension was decided')
      const respond = c.deadlines.find((d) => d.key === 'respond')
      if (!respond) throw new CaseEventError('reason', 'This case has no response period that can be extended.')
      if (event.date > respond.due)
        throw new CaseEventError('date', `An extension must be decided and notified within the first period, which ended on ${formatDateLong(respond.due)}.`)
      clock.extension = { applied: event.date, reason }
      note('clock.extension', 'Extension', '', `${event.date}: ${reason}`)
      status = c.status === 'awaiting-clarification' || c.status === 'awaiting-identity' ? c.status : moveTo(c, 'extended')
      break
    }
    case 'deadline-met': {
      const deadline = c.deadlines.find((d) => d.key === event.key)
      if (!deadline) throw new CaseEventError('key', 'This case has no such deadline.')
      checkDate(c, event.date, today, 'it was done')
      note(`clock.met.${event.key}`, deadline.label, clock.met[event.key], event.date)
      clock.met[event.key] = event.date
      break
    }
    case 'status-changed': {
      const reason = event.reason?.trim() ?? ''
      const perRight = event.to === 'closed' ? checkRightOutcomes(c, event.outcome, event.rightOutcomes) : undefined
      assertMove(c.status, event.to, event.outcome, reason, c.kind)
      if (event.to === 'closed' && event.outcome === 'refused' && reason === '')
        throw new CaseEventError('reason', 'Give the reason for the refusal: the requester must be told it.')
      const refusedRights = c.rights.filter((r) => perRight?.[r] === 'refused' || perRight?.[r] === 'partly-fulfilled')
      if (refusedRights.length > 0 && reason === '')
        throw new CaseEventError('reason', `Give the reason for refusing ${refusedRights.map((r) => RIGHT_SHORT_LABELS[r].toLowerCase()).join(' and ')}: the requester must be told it.`)
      if (event.to === 'closed' && event.outcome === 'partly-fulfilled' && reason === '')
        throw new CaseEventError('reason', 'Give the reason for refusing the part not fulfilled: the requester must be told it.')
      status = event.to
      if (event.to === 'closed') {
        const refusedSome = event.outcome === 'refused' || (event.outcome === 'partly-fulfilled' && reason !== '')
        extra = { outcome: event.outcome, rightOutcomes: perRight, closedOn: today, refusalReason: refusedSome ? reason : undefined }
        const each = perRight ? ` (${describeRightOutcomes(c.rights, perRight)})` : ''
        note('outcome', 'Outcome', '', `${OUTCOME_LABELS[event.outcome!]}${each}${reason ? `: ${reason}` : ''}`)
      } else if (c.status === 'closed') {
        extra = { outcome: undefined, rightOutcomes: undefined, closedOn: undefined, refusalReason: undefined }
      }
      if (event.to === 'responded') clock.met.respond = clock.met.respond ?? today
      break
    }
  }
  if (status !== c.status) note('status', 'Status', STATUS_LABELS[c.status], STATUS_LABELS[status])
  const draft: Case = { ...c, ...extra, status, clock }
  const next: Case = { ...draft, ...withDeadlines(draft) }
  changes.push(...deadlineChanges(c, next))
  return { next, action: ACTIONS[event.type], changes }
}
