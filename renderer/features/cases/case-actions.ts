import type { Case } from '../../../src/domain/case'
import type { RightOutcomes } from '../../../src/domain/right-outcomes'
import type { CaseEvent } from '../../../src/cases/case-events'
import { allowedMoves } from '../../../src/domain/transitions'
import { isEscalationDeadline } from '../../../src/escalations/deadlines'

export type ActionId =
  | 'identity-requested'
  | 'identity-received'
  | 'fee-requested'
  | 'fee-paid'
  | 'clarification-requested'
  | 'clarification-received'
  | 'extension-applied'
  | 'start-work'
  | 'responded'
  | 'close'
  | 'reopen'
  | `met:${string}`

export function actionLabel(action: ActionId, c: Case): string {
  if (action.startsWith('met:')) {
    const d = c.deadlines.find((x) => x.key === action.slice(4))
    return `Done: ${d?.label ?? action.slice(4)}`
  }
  return ACTION_LABELS[action as FixedAction]
}

type FixedAction = Exclude<ActionId, `met:${string}`>

const ACTION_LABELS: Record<FixedAction, string> = {
  'identity-requested': 'Asked for proof of identity',
  'identity-received': 'Proof of identity arrived',
  'fee-requested': 'Asked for a fee',
  'fee-paid': 'Fee paid',
  'clarification-requested': 'Asked for a clarification (stops the clock)',
  'clarification-received': 'Clarification arrived (restarts the clock)',
  'extension-applied': 'Extend the period (complex or numerous requests)',
  'start-work': 'Work started (in progress)',
  responded: 'Response sent',
  close: 'Close the case',
  reopen: 'Reopen the case'
}

/** What can be recorded on a case now, given its status and its clock. */
export function availableActions(c: Case): ActionId[] {
  if (c.status === 'closed') return ['reopen']
  const moves = allowedMoves(c.status)
  const { clock } = c
  const open = clock.clarifications.some((p) => !p.received)
  const actions: ActionId[] = []
  if (c.status === 'received') actions.push('start-work')
  if (!(clock.identityRequested && !clock.identityReceived) && moves.includes('awaiting-identity')) actions.push('identity-requested')
  if (!clock.identityReceived) actions.push('identity-received')
  if (c.regime === 'UK-GDPR' && !(clock.feeRequested && !clock.feePaid)) actions.push('fee-requested')
  if (clock.feeRequested && !clock.feePaid) actions.push('fee-paid')
  if (!open && moves.includes('awaiting-clarification')) actions.push('clarification-requested')
  if (open) actions.push('clarification-received')
  if (!clock.extension && c.deadlines.some((d) => d.key === 'respond')) actions.push('extension-applied')
  // A body's reply date is met by recording the documents sent, on the escalation.
  for (const d of c.deadlines)
    if (c.clock.met[d.key] === undefined && d.key !== 'respond' && !isEscalationDeadline(d.key)) actions.push(`met:${d.key}`)
  if (moves.includes('responded')) actions.push('responded')
  actions.push('close')
  return actions
}

export function eventFor(action: ActionId, date: string, reason: string, outcome: string, rightOutcomes?: RightOutcomes): CaseEvent {
  switch (action) {
    case 'start-work':
      return { type: 'status-changed', to: 'in-progress' }
    case 'responded':
      return { type: 'status-changed', to: 'responded' }
    case 'reopen':
      return { type: 'status-changed', to: 'in-progress' }
    case 'close':
      return { type: 'status-changed', to: 'closed', outcome: outcome as never, reason, ...(rightOutcomes ? { rightOutcomes } : {}) }
    case 'extension-applied':
      return { type: 'extension-applied', date, reason }
    default:
      if (action.startsWith('met:')) return { type: 'deadline-met', key: action.slice(4), date }
      return { type: action as Exclude<FixedAction, 'start-work' | 'responded' | 'reopen' | 'close' | 'extension-applied'>, date }
  }
}

export function needsDate(action: ActionId): boolean {
  return !['start-work', 'responded', 'close', 'reopen'].includes(action)
}
