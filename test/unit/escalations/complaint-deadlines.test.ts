import { describe, expect, it } from 'vitest'
import { makeComplaint } from './helpers'
import { officeTargetDeadline } from '../../../src/complaints/office-target'
import { applyCaseEvent } from '../../../src/cases/case-events'

const due = (c: ReturnType<typeof makeComplaint>) => Object.fromEntries(c.deadlines.map((d) => [d.key, d.due]))

describe("a complaint's deadlines", () => {
  it('a UK complaint received on 19 June 2026 is acknowledged under s.164A within 30 days, from the day after receipt', () => {
    const c = makeComplaint({ received: '2026-06-19' })
    // 30 days from 20 June is 19 July, a Sunday: rolled to Monday 20 July.
    expect(due(c)['complaint-acknowledge']).toBe('2026-07-20')
    const ack = c.deadlines.find((d) => d.key === 'complaint-acknowledge')!
    expect(ack.citation).toMatch(/164A/)
  })

  it('a complaint received the day before s.164A came into force has no acknowledgement deadline, and a note says why', () => {
    const c = makeComplaint({ received: '2026-06-18' })
    expect(c.deadlines.map((d) => d.key)).not.toContain('complaint-acknowledge')
    expect(c.deadlineNotes.join(' ')).toMatch(/19 June 2026/)
  })

  it('the DPF response falls 45 calendar days after receipt, not rolled', () => {
    const c = makeComplaint({ received: '2026-11-20', regime: 'CCPA', jurisdiction: '' })
    expect(due(c)['complaint-response']).toBe('2027-01-04')
    expect(c.deadlines.map((d) => d.key)).not.toContain('complaint-acknowledge')
  })

  it("adds the office's own target, kept on the complaint, as a stored deadline counted in calendar days", () => {
    const c = makeComplaint({ received: '2026-11-20', officeTargetDays: 14 })
    expect(due(c)['office-target']).toBe('2026-12-04')
    const target = c.deadlines.find((d) => d.key === 'office-target')!
    expect(target.label).toBe('Answer the complaint (office target: 14 days)')
    expect(target.steps.join(' ')).toContain('not a statutory time limit')
    // The earliest of the three: the target (4 Dec), before s.164A (21 Dec) and the DPF (4 Jan).
    expect(c.nextDue).toBe('2026-12-04')
  })

  it('a request carries no office target, whatever is stored', () => {
    const c = makeComplaint({ kind: 'request', rights: ['access'], officeTargetDays: 14 })
    expect(c.deadlines.map((d) => d.key)).toEqual(['respond'])
  })

  it('counts the target across a month and a year end', () => {
    expect(officeTargetDeadline('2026-12-15', 30).due).toBe('2027-01-14')
    expect(officeTargetDeadline('2028-02-01', 29).due).toBe('2028-03-01')
  })

  it("a complaint's clock is never stopped: asking for identity does not pause its deadlines", () => {
    const c = makeComplaint({ received: '2026-11-20' })
    const { next } = applyCaseEvent(c, { type: 'identity-requested', date: '2026-11-21' }, '2026-12-01')
    expect(next.pausedSince).toBeUndefined()
    expect(next.nextDue).toBe(c.nextDue)
  })
})
