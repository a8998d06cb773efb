import type { Case, FieldChange } from '../domain/case'

export class LegalHoldError extends Error {
  override name = 'LegalHoldError'
}

export const LEGAL_HOLD_REASON_MAX = 1000

export interface HoldChange {
  next: Case
  action: string
  changes: FieldChange[]
}

/** Puts a case on legal hold: it is not offered for deletion while the hold lasts. The reason goes in the history. */
export function placeLegalHold(c: Case, reason: string, today: string, by: string): HoldChange {
  const why = reason.trim()
  if (c.legalHold) throw new LegalHoldError(`The case is already on legal hold since ${c.legalHold.since}.`)
  if (!why) throw new LegalHoldError('Give the reason for the legal hold, such as the litigation or the regulator’s inquiry it is kept for.')
  if (why.length > LEGAL_HOLD_REASON_MAX) throw new LegalHoldError(`Keep the reason to ${LEGAL_HOLD_REASON_MAX.toLocaleString('en-GB')} characters or fewer.`)
  const legalHold = { since: today, reason: why, by }
  return {
    next: { ...c, legalHold },
    action: 'Legal hold placed',
    changes: [{ field: 'legalHold', label: 'Legal hold', from: '', to: `Since ${today}: ${why}` }]
  }
}

/** Lifts the hold: the case is again deleted when its retention period is over. */
export function liftLegalHold(c: Case): HoldChange {
  const hold = c.legalHold
  if (!hold) throw new LegalHoldError('The case is not on legal hold.')
  const { legalHold: _lifted, ...rest } = c
  return {
    next: rest,
    action: 'Legal hold lifted',
    changes: [{ field: 'legalHold', label: 'Legal hold', from: `Since ${hold.since}: ${hold.reason}`, to: '' }]
  }
}
