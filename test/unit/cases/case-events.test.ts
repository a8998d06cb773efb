import { describe, expect, it } from 'vitest'
import type { Case } from '../../../src/domain/case'
import type { RightOutcomes } from '../../../src/domain/right-outcomes'
import { applyCaseEvent, CaseEventError, type CaseEvent } from '../../../src/cases/case-events'
import { emptyClock, withDeadlines } from '../../../src/cases/deadline-state'

function makeCase(overrides: Partial<Case> = {}): Case {
  const base: Case = {
    id: 1,
    reference: 'PR-2026-0001',
    kind: 'request',
    channel: 'post',
    received: '2026-03-02',
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
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
    searchTokens: [],
    nameKey: 'agnieszka wąsowska',
    ...overrides
  }
  return { ...base, ...withDeadlines(base) }
}

function run(c: Case, events: CaseEvent[], today = '2026-12-01'): Case {
  return events.reduce((acc, e) => applyCaseEvent(acc, e, today).next, c)
}

const respondDue = (c: Case) => c.deadlines.find((d) => d.key === 'respond')?.due

describe('the UK clock', () => {
  it('runs one calendar month from receipt, day one being the day of receipt', () => {
    const c = makeCase()
    expect(respondDue(c)).toBe('2026-04-02')
    expect(c.nextDue).toBe('2026-04-02')
    expect(c.pausedSince).toBeUndefined()
  })

  it('waits for proof of identity, then starts again from the day it arrived', () => {
    const asked = applyCaseEvent(makeCase(), { type: 'identity-requested', date: '2026-03-03' }, '2026-12-01')
    expect(asked.next.status).toBe('awaiting-identity')
    expect(asked.next.pausedSince).toBe('2026-03-03')
    expect(asked.next.nextDue).toBeUndefined()
    const arrived = applyCaseEvent(asked.next, { type: 'identity-received', date: '2026-03-10' }, '2026-12-01')
    expect(arrived.next.status).toBe('in-progress')
    expect(respondDue(arrived.next)).toBe('2026-04-10')
    expect(arrived.next.pausedSince).toBeUndefined()
    expect(arrived.changes).toContainEqual({ field: 'deadline.respond', label: 'Due: Respond to the request', from: '2026-04-02', to: '2026-04-10' })
    expect(arrived.action).toBe('Proof of identity received')
  })

  it('stops the clock for a clarification, both end days included', () => {
    const c = run(makeCase(), [
      { type: 'clarification-requested', date: '2026-03-12' },
      { type: 'clarification-received', date: '2026-03-16' }
    ])
    // 2 April + 5 paused days (12–16 March) = 7 April.
    expect(respondDue(c)).toBe('2026-04-07')
    expect(c.status).toBe('in-progress')
    expect(c.clock.clarifications).toEqual([{ requested: '2026-03-12', received: '2026-03-16' }])
  })

  it('extends to three months from the start, with the reasons recorded', () => {
    const c = run(makeCase({ status: 'in-progress' }), [{ type: 'extension-applied', date: '2026-03-20', reason: 'Numerous requests' }])
    expect(c.status).toBe('extended')
    expect(respondDue(c)).toBe('2026-06-02')
    expect(c.clock.extension).toEqual({ applied: '2026-03-20', reason: 'Numerous requests' })
    expect(c.deadlines.map((d) => d.key)).toContain('extension-notice')
  })

  it('refuses an extension decided after the first period ended, or without reasons', () => {
    const c = makeCase({ status: 'in-progress' })
    expect(() => applyCaseEvent(c, { type: 'extension-applied', date: '2026-04-20', reason: 'Complex' }, '2026-12-01')).toThrow(/within the first period, which ended on 2 April 2026/)
    expect(() => applyCaseEvent(c, { type: 'extension-applied', date: '2026-03-20', reason: '  ' }, '2026-12-01')).toThrow(CaseEventError)
  })
})

describe('the CCPA clock', () => {
  it('is not moved by verification', () => {
    const c = makeCase({ regime: 'CCPA', jurisdiction: '', received: '2026-11-20' })
    const before = respondDue(c)
    const after = run(c, [
      { type: 'identity-requested', date: '2026-11-21' },
      { type: 'identity-received', date: '2026-11-25' }
    ])
    expect(before).toBe('2027-01-04')
    expect(respondDue(after)).toBe(before)
    expect(after.pausedSince).toBeUndefined()
    expect(after.nextDue).toBe(c.nextDue)
  })
})

describe('bad events', () => {
  it('names what is wrong with a date', () => {
    const c = makeCase()
    expect(() => applyCaseEvent(c, { type: 'identity-received', date: '2026-02-30' }, '2026-12-01')).toThrow(/real date/)
    expect(() => applyCaseEvent(c, { type: 'identity-received', date: '2026-02-01' }, '2026-12-01')).toThrow(/before the request was received/)
    expect(() => applyCaseEvent(c, { type: 'identity-received', date: '2027-01-01' }, '2026-12-01')).toThrow(/future/)
    expect(() => applyCaseEvent(c, { type: 'clarification-received', date: '2026-03-05' }, '2026-12-01')).toThrow(/No clarification is awaited/)
  })

  it('closes only with an outcome, refusals only with a reason, and takes nothing more once closed', () => {
    const c = makeCase({ status: 'in-progress' })
    expect(() => applyCaseEvent(c, { type: 'status-changed', to: 'closed' }, '2026-12-01')).toThrow(/outcome/)
    expect(() => applyCaseEvent(c, { type: 'status-changed', to: 'closed', outcome: 'refused' }, '2026-12-01')).toThrow(/reason/)
    const closed = run(c, [{ type: 'status-changed', to: 'closed', outcome: 'refused', reason: 'Manifestly unfounded' }])
    expect(closed.refusalReason).toBe('Manifestly unfounded')
    expect(closed.closedOn).toBe('2026-12-01')
    expect(closed.nextDue).toBeUndefined()
    expect(() => applyCaseEvent(closed, { type: 'identity-requested', date: '2026-03-05' }, '2026-12-01')).toThrow(/closed/)
    const reopened = run(closed, [{ type: 'status-changed', to: 'in-progress' }])
    expect(reopened.outcome).toBeUndefined()
    expect(reopened.nextDue).toBe('2026-04-02')
  })

  it('closes a request for several rights partly fulfilled only with what became of each, and reasons for what was refused', () => {
    const c = makeCase({ status: 'responded', rights: ['access', 'erasure', 'marketing-opt-out'] })
    const close = (rightOutcomes: RightOutcomes, reason = '') =>
      applyCaseEvent(c, { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', rightOutcomes, reason }, '2026-12-01')
    expect(() => applyCaseEvent(c, { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled' }, '2026-12-01')).toThrow(/each right/)
    expect(() => close({ access: 'fulfilled', erasure: 'refused' }, 'Legal hold')).toThrow(/^Choose the outcome for marketing opt-out\.$/)
    expect(() => close({ access: 'fulfilled', erasure: 'refused', 'marketing-opt-out': 'fulfilled' })).toThrow(/reason for refusing erasure/)
    expect(() => close({ access: 'fulfilled', erasure: 'withdrawn', 'marketing-opt-out': 'fulfilled' })).toThrow(/fulfilled as a whole/)
    expect(() => close({ access: 'fulfilled', erasure: 'refused', 'marketing-opt-out': 'fulfilled', rectification: 'fulfilled' }, 'x')).toThrow(/did not ask for rectification/)

    const { next, changes } = close({ erasure: 'refused', access: 'fulfilled', 'marketing-opt-out': 'fulfilled' }, 'A legal hold applies')
    expect(next.outcome).toBe('partly-fulfilled')
    expect(next.rightOutcomes).toEqual({ access: 'fulfilled', erasure: 'refused', 'marketing-opt-out': 'fulfilled' })
    expect(next.refusalReason).toBe('A legal hold applies')
    expect(changes.find((ch) => ch.field === 'outcome')?.to).toBe(
      'Partly fulfilled (Access: fulfilled; Erasure: refused; Marketing opt-out: fulfilled): A legal hold applies'
    )
    expect(run(next, [{ type: 'status-changed', to: 'in-progress' }]).rightOutcomes).toBeUndefined()
    // One right, or a whole outcome: no per-right detail is needed or taken.
    const single = makeCase({ status: 'responded' })
    expect(() => applyCaseEvent(single, { type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled' }, '2026-12-01')).toThrow(
      'Give the reason for refusing the part not fulfilled: the requester must be told it.'
    )
    expect(run(single, [{ type: 'status-changed', to: 'closed', outcome: 'partly-fulfilled', reason: 'Exempt in part.' }]).rightOutcomes).toBeUndefined()
    expect(() => applyCaseEvent(c, { type: 'status-changed', to: 'closed', outcome: 'fulfilled', rightOutcomes: { access: 'fulfilled' } }, '2026-12-01')).toThrow(/only when/)
  })

  it('takes a deadline off the due list once it is met', () => {
    const c = makeCase({ regime: 'CCPA', jurisdiction: '', received: '2026-11-20' })
    const ack = c.deadlines.find((d) => d.key === 'acknowledge')!
    expect(c.nextDue).toBe(ack.due)
    const met = run(c, [{ type: 'deadline-met', key: 'acknowledge', date: '2026-11-23' }])
    expect(met.nextDue).toBe(respondDue(c))
  })
})
