import type { Case } from '../../../src/domain/case'
import { emptyClock, withDeadlines } from '../../../src/cases/deadline-state'

/** A case as stored, with its deadlines computed from the facts given. */
export function makeCase(overrides: Partial<Case> = {}): Case {
  const base: Case = {
    id: 1,
    reference: 'PR-2026-0001',
    kind: 'request',
    channel: 'post',
    received: '2026-09-01',
    requester: { name: 'Agnieszka Wąsowska', email: '', postalAddress: '1 High St', phone: '' },
    rights: ['access'],
    otherRight: '',
    regime: 'UK-GDPR',
    jurisdiction: 'GB-ENG',
    regimeOther: '',
    summary: '',
    notes: '',
    status: 'received',
    clock: emptyClock(),
    deadlines: [],
    deadlineNotes: [],
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    searchTokens: [],
    nameKey: 'agnieszka wąsowska',
    escalations: [],
    ...overrides
  }
  return { ...base, ...withDeadlines(base) }
}

export function makeComplaint(overrides: Partial<Case> = {}): Case {
  return makeCase({ kind: 'complaint', rights: [], officeTargetDays: 30, summary: 'The reply left out my emails.', ...overrides })
}
