import { describe, expect, it } from 'vitest'
import { computeDeadline, type DeadlineQuery } from '../../../src/deadlines'

const eu = (q: Partial<DeadlineQuery> & { received: string }) => computeDeadline({ regime: 'EU-GDPR', action: 'respond', ...q })

describe('EU GDPR with Regulation 1182/71', () => {
  it('does not count the day of receipt and ends on the same date next month', () => {
    const r = eu({ received: '2026-09-03', calendar: 'FR' })
    expect(r).toMatchObject({ start: '2026-09-03', unadjusted: '2026-10-03', due: '2026-10-05' })
    expect(r.steps.join('\n')).toContain('the day of receipt itself is not counted')
    expect(r.citation).toBe('GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 3')
  })

  it('ends on the last day of a shorter month', () => {
    expect(eu({ received: '2026-01-31', calendar: 'IE' })).toMatchObject({ unadjusted: '2026-02-28', due: '2026-03-02' })
  })

  it('rolls over the public holidays of the member state chosen', () => {
    // 25 May 2026 is Whit Monday: a public holiday in Germany, France and the Netherlands, not in Ireland.
    expect(eu({ received: '2026-04-25', calendar: 'DE' }).due).toBe('2026-05-26')
    expect(eu({ received: '2026-04-25', calendar: 'FR' }).due).toBe('2026-05-26')
    expect(eu({ received: '2026-04-25', calendar: 'NL' }).due).toBe('2026-05-26')
    expect(eu({ received: '2026-04-25', calendar: 'IE' }).due).toBe('2026-05-25')
    // 1 May 2026 (a Friday) is a holiday in Germany, not in Ireland.
    expect(eu({ received: '2026-04-01', calendar: 'DE' }).due).toBe('2026-05-04')
    expect(eu({ received: '2026-04-01', calendar: 'IE' }).due).toBe('2026-05-01')
  })

  it('does not treat days banks close, or substitute days, as holidays', () => {
    expect(eu({ received: '2026-11-24', calendar: 'DE' }).due).toBe('2026-12-24')
    expect(eu({ received: '2027-11-27', calendar: 'IE' }).due).toBe('2027-12-27')
  })

  it('without a member state, skips only weekends and says so', () => {
    const r = eu({ received: '2026-04-25' })
    expect(r.due).toBe('2026-05-25')
    expect(r.steps.join('\n')).toContain('No member state was given')
  })

  it('an extension is three months from receipt', () => {
    expect(eu({ received: '2026-01-31', calendar: 'DE', extended: true })).toMatchObject({ unadjusted: '2026-04-30', due: '2026-04-30' })
    expect(computeDeadline({ regime: 'EU-GDPR', action: 'extension-notice', received: '2026-01-31', calendar: 'DE' }).due).toBe('2026-03-02')
  })

  it('has no statutory rule moving the clock for identity or clarification', () => {
    const r = eu({
      received: '2026-03-02',
      calendar: 'FR',
      identityReceived: '2026-03-10',
      clarifications: [{ requested: '2026-03-04', received: '2026-03-09' }]
    })
    expect(r).toMatchObject({ start: '2026-03-02', due: '2026-04-02' })
    expect(r.steps.join('\n')).toContain('does not move the clock')
    expect(r.steps.join('\n')).toContain('not pause the clock')
  })
})
