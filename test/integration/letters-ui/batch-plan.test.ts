import { describe, expect, it } from 'vitest'
import { planBatch } from '../../../renderer/features/letters/batch'
import { DEFAULT_SETTINGS, type Case } from '../../../src/domain/case'
import { DEFAULT_BODIES } from '../../../src/escalations/bodies'
import { emptyClock, withDeadlines } from '../../../src/cases/deadline-state'

const settings = {
  ...DEFAULT_SETTINGS,
  organisationName: 'Northwind Trading Ltd',
  organisationAddress: '1 Harbour Street\nLondon EC1A 1AA',
  privacyEmail: 'privacy@northwind.example',
  staffName: 'Priya Shah',
  signatoryName: 'Margaret Ashworth',
  signatoryTitle: 'Data Protection Officer'
}

function makeCase(id: number, overrides: Partial<Case> = {}): Case {
  const base: Case = {
    id,
    reference: `PR-2026-${String(id).padStart(4, '0')}`,
    kind: 'request',
    channel: 'post',
    received: '2026-11-20',
    requester: { name: `Requester ${id}`, email: '', postalAddress: '1 High Street\nLondon', phone: '' },
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
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    searchTokens: [],
    nameKey: `requester ${id}`,
    ...overrides
  }
  return { ...base, ...withDeadlines(base) }
}

describe('planning a batch', () => {
  it('composes each case’s letter, and skips, naming the fields, one that would have a hole', () => {
    const cases = [makeCase(1), makeCase(2), makeCase(3, { regime: 'OTHER', jurisdiction: '', regimeOther: 'Ghana Data Protection Act 2012' })]
    const { ready, skipped } = planBatch('acknowledgement', cases, settings, '2026-12-01', {}, true)
    expect(ready.map((r) => r.letter.reference)).toEqual(['PR-2026-0001', 'PR-2026-0002'])
    expect(ready[0]!.letter.recipient.name).toBe('Requester 1')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]!.record.reference).toBe('PR-2026-0003')
    expect(skipped[0]!.missingFields).toContain('law.responsePeriod')
  })

  it('puts what is filled for all into every letter, and marks a deadline only where the case has it', () => {
    const ccpa = makeCase(4, { regime: 'CCPA', jurisdiction: 'CA', rights: ['erasure'] })
    const { ready } = planBatch('acknowledgement', [makeCase(1), ccpa], settings, '2026-12-01', { additionalInformation: 'Our office is closed on 24 December.' }, true)
    for (const r of ready) expect(r.letter.paragraphs).toContain('Our office is closed on 24 December.')
    expect(ready.map((r) => r.markDeadline)).toEqual([undefined, 'acknowledge'])
    expect(planBatch('acknowledgement', [ccpa], settings, '2026-12-01', {}, false).ready[0]!.markDeadline).toBeUndefined()
  })

  it('names the regulator with the details the office keeps in its directory', () => {
    const closed: Case = { ...makeCase(5), status: 'closed', outcome: 'refused', refusalReason: 'The request is manifestly unfounded.' }
    const bodies = DEFAULT_BODIES.map((b) => (b.id === 'ico' ? { ...b, phone: '0303 123 1113' } : b))
    const { ready } = planBatch('refusal', [closed], settings, '2026-12-01', {}, false, bodies)
    const text = ready[0]!.letter.paragraphs.join('\n')
    expect(text).toContain('telephone 0303 123 1113')
    expect(text).toContain('The request is manifestly unfounded.')
  })
})
