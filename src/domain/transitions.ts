/*
 * The moves a case may make between statuses. A case is closed with an
 * outcome; a refusal is closed with its reason. Closed is final except for
 * reopening, which puts the case back in progress (the history keeps both).
 */
import { OUTCOME_LABELS, outcomesFor, STATUS_LABELS, type Outcome, type Status } from './status'

const OPEN_WORK: readonly Status[] = ['in-progress', 'awaiting-identity', 'awaiting-clarification', 'extended']

export const MOVES: Readonly<Record<Status, readonly Status[]>> = {
  received: [...OPEN_WORK, 'responded', 'closed'],
  'awaiting-identity': ['in-progress', 'awaiting-clarification', 'closed'],
  'awaiting-clarification': ['in-progress', 'extended', 'awaiting-identity', 'responded', 'closed'],
  'in-progress': ['awaiting-identity', 'awaiting-clarification', 'extended', 'responded', 'closed'],
  // Art. 12A: the clock can still be stopped for clarification during an extension.
  extended: ['awaiting-clarification', 'responded', 'closed'],
  // The requester shows part of the request was missed: the work resumes.
  responded: ['in-progress', 'closed'],
  // Reopening only.
  closed: ['in-progress']
}

/** Outcomes that need a response to have been sent first. */
const AFTER_RESPONSE: readonly Outcome[] = ['fulfilled', 'partly-fulfilled', 'upheld', 'partly-upheld', 'not-upheld']

export class MoveNotAllowedError extends Error {
  readonly from: Status
  readonly to: Status

  constructor(from: Status, to: Status, message: string) {
    super(message)
    this.name = 'MoveNotAllowedError'
    this.from = from
    this.to = to
  }
}

export function allowedMoves(from: Status): Status[] {
  return [...(MOVES[from] ?? [])]
}

function label(status: Status): string {
  return STATUS_LABELS[status] ?? String(status)
}

/**
 * Throws a MoveNotAllowedError saying what to do instead when a case may not
 * move from `from` to `to`. Closing needs an outcome; a refusal needs its reason.
 */
export function assertMove(from: Status, to: Status, outcome?: Outcome, reason?: string, kind: 'request' | 'complaint' = 'request'): void {
  if (!(from in MOVES)) throw new MoveNotAllowedError(from, to, `'${String(from)}' is not a case status.`)
  if (!(to in MOVES)) throw new MoveNotAllowedError(from, to, `'${String(to)}' is not a case status.`)
  if (from === to) throw new MoveNotAllowedError(from, to, `The case is already ${label(from).toLowerCase()}.`)
  const allowed = MOVES[from]
  if (!allowed.includes(to)) {
    const hint = from === 'closed' ? ' A closed case can only be reopened, which puts it back in progress.' : ''
    throw new MoveNotAllowedError(
      from,
      to,
      `A case that is ${label(from).toLowerCase()} cannot move to ${label(to).toLowerCase()}.${hint} It can move to: ${allowed.map((s) => label(s).toLowerCase()).join(', ')}.`
    )
  }
  if (to !== 'closed') {
    if (outcome !== undefined) {
      throw new MoveNotAllowedError(from, to, `An outcome is recorded only when the case is closed; remove it to move the case to ${label(to).toLowerCase()}.`)
    }
    return
  }
  const outcomes = outcomesFor(kind)
  const list = (os: readonly Outcome[]) => os.map((o) => OUTCOME_LABELS[o].toLowerCase()).join(', ')
  if (outcome === undefined || !outcomes.includes(outcome)) {
    throw new MoveNotAllowedError(from, to, `Choose the outcome to close the ${kind}: ${list(outcomes)}.`)
  }
  if (AFTER_RESPONSE.includes(outcome) && from !== 'responded') {
    throw new MoveNotAllowedError(
      from,
      to,
      `A case can be closed as ${OUTCOME_LABELS[outcome].toLowerCase()} only after the response was sent: mark it responded first.`
    )
  }
  if (outcome === 'withdrawn' && from === 'responded') {
    const answered = outcomes.filter((o) => o !== 'withdrawn')
    throw new MoveNotAllowedError(from, to, `The ${kind} was already answered: close it as ${list(answered.slice(0, -1))} or ${OUTCOME_LABELS[answered.at(-1)!].toLowerCase()}.`)
  }
  if (outcome === 'refused' && (reason === undefined || reason.trim() === '')) {
    throw new MoveNotAllowedError(from, to, 'Give the reason for the refusal: the refusal letter must state it.')
  }
}

export function canMove(from: Status, to: Status): boolean {
  return MOVES[from]?.includes(to) ?? false
}
