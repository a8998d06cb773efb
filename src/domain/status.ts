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

export const OUTCOMES = ['fulfilled', 'partly-fulfilled', 'refused', 'withdrawn'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, string> = {
  fulfilled: 'Fulfilled',
  'partly-fulfilled': 'Partly fulfilled',
  refused: 'Refused',
  withdrawn: 'Withdrawn'
}
