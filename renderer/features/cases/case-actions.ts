import type { Case } from '../../../src/domain/case'
import type { CaseEvent } from '../../../src/cases/case-events'
import { allowedMoves } from '../../../src/domain/transitions'

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

export const ACTION_LABELS: Record<ActionId, string> = {
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
  if (moves.includes('responded')) actions.push('responded')
  actions.push('close')
  return actions
}

export function eventFor(action: ActionId, date: string, reason: string, outcome: string): CaseEvent {
  switch (action) {
    case 'start-work':
      return { type: 'status-changed', to: 'in-progress' }
    case 'responded':
      return { type: 'status-changed', to: 'responded' }
    case 'reopen':
      return { type: 'status-changed', to: 'in-progress' }
    case 'close':
      return { type: 'status-changed', to: 'closed', outcome: outcome as never, reason }
    case 'extension-applied':
      return { type: 'extension-applied', date, reason }
    default:
      return { type: action, date }
  }
}

export function needsDate(action: ActionId): boolean {
  return !['start-work', 'responded', 'close', 'reopen'].includes(action)
}
