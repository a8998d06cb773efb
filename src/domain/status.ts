export const STATUSES = [
  'received',
  'awaiting-identity',
  'awaiting-clarification',
  'in-progress',
  'extended',
  'responded',
  'closed'
] as const
export type Status = (typeof STATUSES)[number]

export const STATUS_LABELS: Record<Status, string> = {
  received: 'Received',
  'awaiting-identity': 'Awaiting identity',
  'awaiting-clarification': 'Awaiting clarification',
  'in-progress': 'In progress',
  extended: 'Extended',
  responded: 'Responded',
  closed: 'Closed'
}

/** How a request ends. */
export const REQUEST_OUTCOMES = ['fulfilled', 'partly-fulfilled', 'refused', 'withdrawn'] as const
/** How a complaint to the office ends (DPA 2018 s.164A: the complainant is told the outcome). */
export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn'] as const
/** Every outcome a case may be closed with, of either kind. */
export const OUTCOMES = [...REQUEST_OUTCOMES, 'upheld', 'partly-upheld', 'not-upheld'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, string> = {
  fulfilled: 'Fulfilled',
  'partly-fulfilled': 'Partly fulfilled',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld'
}

/** The outcomes a case of this kind may be closed with. */
export function outcomesFor(kind: 'request' | 'complaint'): readonly Outcome[] {
  return kind === 'complaint' ? COMPLAINT_OUTCOMES : REQUEST_OUTCOMES
}
