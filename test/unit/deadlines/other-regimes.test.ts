import { describe, expect, it } from 'vitest'
import { computeDeadline } from '../../../src/deadlines'

describe('PIPEDA (Canada): Sundays and Interpretation Act s.35 holidays, not Saturdays', () => {
  it('a Saturday is a working day', () => {
    expect(computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-06-04' })).toMatchObject({
      unadjusted: '2026-07-04',
      due: '2026-07-04'
    })
  })

  it('a Sunday rolls to Monday', () => {
    expect(computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-05-01' }).due).toBe('2026-06-01')
  })

  it('rolls over Canada Day, Victoria Day and the National Day for Truth and Reconciliation', () => {
    const canadaDay = computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-06-01' })
    expect(canadaDay.due).toBe('2026-07-02')
    expect(canadaDay.steps.join('\n')).toContain('Canada Day')
    expect(computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-04-18' }).due).toBe('2026-05-19')
    expect(computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-08-31' }).due).toBe('2026-10-01')
  })

  it('an extension adds 30 days (the August civic holiday is not an s.35 holiday)', () => {
    expect(computeDeadline({ regime: 'PIPEDA', action: 'respond', received: '2026-06-04', extended: true }).due).toBe('2026-08-03')
  })
})

describe('POPIA (South Africa): Sundays and public holidays', () => {
  it('a Saturday is a working day', () => {
    expect(computeDeadline({ regime: 'POPIA', action: 'respond', received: '2026-05-07' }).due).toBe('2026-06-06')
  })

  it('rolls over a public holiday and its Monday substitute', () => {
    expect(computeDeadline({ regime: 'POPIA', action: 'respond', received: '2026-02-19' }).due).toBe('2026-03-23')
    expect(computeDeadline({ regime: 'POPIA', action: 'respond', received: '2027-02-19' }).due).toBe('2027-03-23')
  })

  it('runs from the required particulars when they arrive later', () => {
    expect(
      computeDeadline({ regime: 'POPIA', action: 'respond', received: '2026-03-02', identityReceived: '2026-03-09' })
    ).toMatchObject({ start: '2026-03-09', due: '2026-04-08' })
  })
})

describe('LGPD (Brazil): 15 days, Sundays and national holidays', () => {
  it('rolls over Tiradentes', () => {
    expect(computeDeadline({ regime: 'LGPD', action: 'respond', received: '2026-04-06' }).due).toBe('2026-04-22')
  })

  it('Carnival Monday and a Saturday are working days', () => {
    expect(computeDeadline({ regime: 'LGPD', action: 'respond', received: '2027-01-24' }).due).toBe('2027-02-08')
    expect(computeDeadline({ regime: 'LGPD', action: 'respond', received: '2026-06-05' }).due).toBe('2026-06-20')
  })
})

describe('Australia (APP 12.4): 30 days, next working day', () => {
  it('rolls off a weekend and Australia Day', () => {
    expect(computeDeadline({ regime: 'APP', action: 'respond', received: '2026-01-01' }).due).toBe('2026-02-02')
    expect(computeDeadline({ regime: 'APP', action: 'respond', received: '2025-12-27' }).due).toBe('2026-01-27')
  })
})
