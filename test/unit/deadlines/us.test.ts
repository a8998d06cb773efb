import { describe, expect, it } from 'vitest'
import { computeDeadline } from '../../../src/deadlines'

describe('CCPA/CPRA', () => {
  it('confirms receipt within 10 business days, skipping federal holidays', () => {
    const r = computeDeadline({ regime: 'CCPA', action: 'acknowledge', received: '2026-12-18' })
    expect(r).toMatchObject({ start: '2026-12-18', unadjusted: '2027-01-05', due: '2027-01-05' })
    expect(r.steps.join('\n')).toContain('Friday 25 December 2026 (Christmas Day')
    expect(r.steps.join('\n')).toContain('Friday 1 January 2027 (New Year')
    expect(r.citation).toBe('11 CCR §7021(a)')
  })

  it('counts business days from the next business day when received on a weekend (Juneteenth skipped)', () => {
    expect(computeDeadline({ regime: 'CCPA', action: 'acknowledge', received: '2026-06-13' }).due).toBe('2026-06-29')
  })

  it('responds within 45 calendar days, 90 when extended, not rolled', () => {
    const r = computeDeadline({ regime: 'CCPA', action: 'respond', received: '2026-05-20' })
    expect(r).toMatchObject({ unadjusted: '2026-07-04', due: '2026-07-04' })
    expect(r.steps.join('\n')).toContain('does not move a deadline off a non-working day')
    expect(computeDeadline({ regime: 'CCPA', action: 'respond', received: '2026-05-20', extended: true }).due).toBe('2026-08-18')
    expect(computeDeadline({ regime: 'CCPA', action: 'extension-notice', received: '2026-05-20', extended: true }).due).toBe('2026-07-04')
  })

  it('verification does not move the clock', () => {
    const r = computeDeadline({ regime: 'CCPA', action: 'respond', received: '2026-05-20', identityReceived: '2026-06-10' })
    expect(r).toMatchObject({ start: '2026-05-20', due: '2026-07-04' })
    expect(r.steps.join('\n')).toContain('verification does not pause or move the CCPA clock')
  })

  it('opt-out of sale or sharing within 15 business days (the observed 3 July skipped)', () => {
    const r = computeDeadline({ regime: 'CCPA', action: 'opt-out', received: '2026-06-26' })
    expect(r.due).toBe('2026-07-20')
    expect(r.steps.join('\n')).toContain('Friday 3 July 2026 (Independence Day')
  })
})

describe('CAN-SPAM, VCDPA, CPA, DPF', () => {
  it('CAN-SPAM: stop marketing email within 10 business days', () => {
    expect(computeDeadline({ regime: 'CAN-SPAM', action: 'opt-out', received: '2026-06-26' }).due).toBe('2026-07-13')
  })

  it('VCDPA: 45 days, 90 extended; an appeal 60 days', () => {
    expect(computeDeadline({ regime: 'VCDPA', action: 'respond', received: '2026-05-20' }).due).toBe('2026-07-04')
    expect(computeDeadline({ regime: 'VCDPA', action: 'respond', received: '2026-05-20', extended: true }).due).toBe('2026-08-18')
    const appeal = computeDeadline({ regime: 'VCDPA', action: 'appeal-response', received: '2026-03-02' })
    expect(appeal.due).toBe('2026-05-01')
    expect(appeal.citation).toContain('59.1-577')
  })

  it('CPA: 45 days', () => {
    const r = computeDeadline({ regime: 'CPA', action: 'respond', received: '2026-03-02' })
    expect(r.due).toBe('2026-04-16')
    expect(r.citation).toContain('6-1-1306')
  })

  it('DPF: respond to a complaint within 45 days, not rolled', () => {
    const r = computeDeadline({ regime: 'DPF', action: 'complaint-response', received: '2026-11-20' })
    expect(r.due).toBe('2027-01-04')
    expect(r.citation).toContain('III.11(d)(i)')
    expect(computeDeadline({ regime: 'DPF', action: 'complaint-response', received: '2026-05-20' }).due).toBe('2026-07-04')
  })
})
