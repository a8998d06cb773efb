import type { Case, StoredDeadline } from '../../../src/domain/case'
import type { Escalation } from '../../../src/escalations/types'

/*
 * A small office whose figures are worked out by hand in tally.test.ts:
 * period 2026-01-01 to 2026-06-30, as of 2026-07-15.
 */

export const PERIOD = { from: '2026-01-01', to: '2026-06-30' }
export const AS_OF = '2026-07-15'

function deadline(key: string, due: string): StoredDeadline {
  return { key, label: key, due, unadjusted: due, start: '2026-01-01', steps: [], citation: 'test' }
}

let next = 1
function aCase(fields: Partial<Case> & Pick<Case, 'received'>): Case {
  const id = next++
  return {
    id,
    reference: `PR-2026-${String(id).padStart(4, '0')}`,
    kind: 'request',
    channel: 'email',
    requester: { name: `Person ${id}`, email: '', postalAddress: '', phone: '' },
    rights: ['access'],
    otherRight: '',
    regime: 'UK-GDPR',
    jurisdiction: 'GB-ENG',
    regimeOther: '',
    summary: '',
    notes: '',
    status: 'received',
    clock: { clarifications: [], met: {} },
    deadlines: [],
    deadlineNotes: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    searchTokens: [],
    nameKey: `person ${id}`,
    ...fields
  }
}

function escalation(id: string, bodyId: string, name: string, outcome?: Escalation['outcome']): Escalation {
  return {
    id,
    body: { id: bodyId, name },
    bodyReference: '',
    letterReceived: '2026-05-01',
    officer: { name: '', email: '', phone: '' },
    asks: '',
    documentsSent: [],
    ...(outcome ? { outcome, outcomeDate: '2026-06-01' } : {})
  }
}

export const KNOWN_CASES: Case[] = [
  // A: answered on day 22, on time, fulfilled.
  aCase({ received: '2026-01-10', status: 'closed', outcome: 'fulfilled', closedOn: '2026-02-03', clock: { clarifications: [], met: { respond: '2026-02-01' } }, deadlines: [deadline('respond', '2026-02-10')] }),
  // B: extended, answered late on day 40, partly fulfilled with a reason, escalated to the ICO (recommendations).
  aCase({
    received: '2026-01-20',
    channel: 'post',
    rights: ['access', 'erasure'],
    status: 'closed',
    outcome: 'partly-fulfilled',
    refusalReason: 'Exempt: legal privilege',
    closedOn: '2026-03-05',
    clock: { clarifications: [], extension: { applied: '2026-02-01', reason: 'Complex' }, met: { respond: '2026-03-01' } },
    deadlines: [deadline('respond', '2026-02-20')],
    escalations: [escalation('e1', 'ico', 'Information Commissioner’s Office', 'recommendations')]
  }),
  // C: CCPA delete, refused on day 20 by closing (no response day recorded), on time.
  aCase({ received: '2026-02-05', channel: 'web-form', regime: 'CCPA', jurisdiction: '', rights: ['erasure'], status: 'closed', outcome: 'refused', refusalReason: '  identity could NOT   be verified ', closedOn: '2026-02-25', deadlines: [deadline('respond', '2026-03-22')] }),
  // D: CCPA know, refused on day 48, late.
  aCase({ received: '2026-02-10', channel: 'web-form', regime: 'CCPA', jurisdiction: '', rights: ['access'], status: 'closed', outcome: 'refused', refusalReason: 'Identity could not be verified', closedOn: '2026-03-30', deadlines: [deadline('respond', '2026-03-27')] }),
  // E: CCPA opt-out only: judged by its opt-out deadline, met on day 9.
  aCase({ received: '2026-03-01', regime: 'CCPA', jurisdiction: '', rights: ['sale-sharing-opt-out'], status: 'closed', outcome: 'fulfilled', closedOn: '2026-03-12', clock: { clarifications: [], met: { 'opt-out': '2026-03-10' } }, deadlines: [deadline('opt-out', '2026-03-20')] }),
  // F: withdrawn: in the outcomes, not in the on-time rate nor the days.
  aCase({ received: '2026-03-15', channel: 'phone', rights: ['rectification'], status: 'closed', outcome: 'withdrawn', closedOn: '2026-03-20', deadlines: [deadline('respond', '2026-04-15')] }),
  // G: open, two clarification pauses, past its due date on 2026-07-15.
  aCase({ received: '2026-04-01', status: 'in-progress', clock: { clarifications: [{ requested: '2026-04-02', received: '2026-04-05' }, { requested: '2026-04-10', received: '2026-04-12' }], met: {} }, deadlines: [deadline('respond', '2026-05-01')] }),
  // H: open, not yet due.
  aCase({ received: '2026-06-25', rights: ['objection'], deadlines: [deadline('respond', '2026-07-25')] }),
  // I: a complaint with two escalations, one pending.
  aCase({ received: '2026-04-10', kind: 'complaint', rights: [], escalations: [escalation('e1', 'ico', 'Information Commissioner’s Office'), escalation('e2', 'aaa', 'American Arbitration Association', 'no-infringement')] }),
  // Outside the period on either side.
  aCase({ received: '2025-12-31', status: 'closed', outcome: 'fulfilled', closedOn: '2026-01-05', deadlines: [deadline('respond', '2026-01-31')] }),
  aCase({ received: '2026-07-01', kind: 'complaint', rights: [] })
]
