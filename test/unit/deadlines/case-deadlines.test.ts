import { describe, expect, it } from 'vitest'
import { caseDeadlineNotes, caseDeadlines, DeadlineInputError, type CaseFacts } from '../../../src/deadlines'

const request = (facts: Partial<CaseFacts>): CaseFacts => ({
  kind: 'request',
  regime: 'UK-GDPR',
  jurisdiction: 'GB-ENG',
  rights: ['access'],
  received: '2026-03-02',
  ...facts
})
const summary = (facts: CaseFacts) => caseDeadlines(facts).map((d) => [d.key, d.result.due])

describe('the deadlines a case carries', () => {
  it('UK request: respond, with the nation\'s bank holidays', () => {
    expect(summary(request({ received: '2025-12-02' }))).toEqual([['respond', '2026-01-02']])
    expect(summary(request({ received: '2025-12-02', jurisdiction: 'GB-SCT' }))).toEqual([['respond', '2026-01-05']])
    expect(caseDeadlines(request({}))[0]?.label).toBe('Respond to the request')
  })

  it('UK extended request: respond three months from the start, and the extension notice within the first month', () => {
    expect(summary(request({ received: '2026-01-31', extended: true }))).toEqual([
      ['respond', '2026-04-30'],
      ['extension-notice', '2026-03-02']
    ])
  })

  it('passes identity, fee and pauses to the UK clock', () => {
    const [respond] = caseDeadlines(
      request({ received: '2026-03-02', identityReceived: '2026-03-03', clarifications: [{ requested: '2026-03-10', received: '2026-03-11' }] })
    )
    expect(respond?.result).toMatchObject({ start: '2026-03-03', due: '2026-04-07' })
  })

  it('UK marketing objection: stop at once (PECR), as well as respond', () => {
    const deadlines = caseDeadlines(request({ rights: ['marketing-opt-out'] }))
    expect(deadlines.map((d) => d.key)).toEqual(['respond', 'marketing-opt-out'])
    const stop = deadlines[1]
    expect(stop?.result).toMatchObject({ due: '2026-03-02', unadjusted: '2026-03-02', start: '2026-03-02' })
    expect(stop?.result.citation).toContain('PECR')
    expect(stop?.result.steps.join('\n')).toContain('at once')
  })

  it('EU request: the member state\'s holidays', () => {
    expect(summary(request({ regime: 'EU-GDPR', jurisdiction: 'DE', received: '2026-04-25' }))).toEqual([['respond', '2026-05-26']])
    expect(summary(request({ regime: 'EU-GDPR', jurisdiction: 'IE', received: '2026-04-25' }))).toEqual([['respond', '2026-05-25']])
    expect(caseDeadlines(request({ regime: 'EU-GDPR', jurisdiction: 'FR', rights: ['marketing-opt-out'] })).map((d) => d.key)).toEqual([
      'respond',
      'marketing-opt-out'
    ])
  })

  it('CCPA request: acknowledge, respond, opt-out of sale/sharing, and CAN-SPAM for marketing', () => {
    const facts = request({ regime: 'CCPA', jurisdiction: 'CA', rights: ['access', 'sale-sharing-opt-out', 'marketing-opt-out'], received: '2026-06-26' })
    expect(summary(facts)).toEqual([
      ['acknowledge', '2026-07-13'],
      ['respond', '2026-08-10'],
      ['opt-out', '2026-07-20'],
      ['marketing-opt-out', '2026-07-13']
    ])
    expect(caseDeadlines(facts).find((d) => d.key === 'marketing-opt-out')?.result.citation).toContain('7704(a)(4)')
  })

  it('CCPA opt-out only: no acknowledgement or 45-day response, and a note says why', () => {
    const facts = request({ regime: 'CCPA', jurisdiction: 'CA', rights: ['sale-sharing-opt-out'], received: '2026-06-26' })
    expect(summary(facts)).toEqual([['opt-out', '2026-07-20']])
    expect(caseDeadlineNotes(facts).join(' ')).toContain('only to opt out')
  })

  it('CCPA extended: 90 days and the notice within the first 45 (Memorial Day not a business day)', () => {
    const facts = request({ regime: 'CCPA', jurisdiction: 'CA', received: '2026-05-20', extended: true })
    expect(caseDeadlines(facts)[0]?.result.steps.join('\n')).toContain('Monday 25 May 2026 (Memorial Day')
    expect(summary(facts)).toEqual([
      ['acknowledge', '2026-06-04'],
      ['respond', '2026-08-18'],
      ['extension-notice', '2026-07-04']
    ])
  })

  it('other US states map through their law to VCDPA or CPA', () => {
    const virginia = caseDeadlines(request({ regime: 'US-STATE', jurisdiction: 'VA', received: '2026-03-02' }))
    expect(virginia.map((d) => [d.key, d.result.due])).toEqual([['respond', '2026-04-16']])
    expect(virginia[0]?.result.citation).toContain('Va. Code')
    expect(caseDeadlines(request({ regime: 'US-STATE', jurisdiction: 'CO' }))[0]?.result.citation).toContain('Colo.')
    expect(caseDeadlines(request({ regime: 'US-STATE', jurisdiction: 'TX', rights: ['marketing-opt-out'] })).map((d) => d.key)).toEqual([
      'respond',
      'marketing-opt-out'
    ])
  })

  it('PIPEDA, POPIA, LGPD, APP: respond with their own calendars', () => {
    expect(summary(request({ regime: 'PIPEDA', jurisdiction: '', received: '2026-06-04' }))).toEqual([['respond', '2026-07-04']])
    expect(summary(request({ regime: 'POPIA', jurisdiction: '', received: '2026-02-19' }))).toEqual([['respond', '2026-03-23']])
    expect(summary(request({ regime: 'LGPD', jurisdiction: '', received: '2026-04-06' }))).toEqual([['respond', '2026-04-22']])
    expect(summary(request({ regime: 'APP', jurisdiction: '', received: '2026-01-01' }))).toEqual([['respond', '2026-02-02']])
  })

  it('"Other": no statutory deadline, and a note says so', () => {
    const facts = request({ regime: 'OTHER', jurisdiction: '' })
    expect(caseDeadlines(facts)).toEqual([])
    expect(caseDeadlineNotes(facts).join(' ')).toContain('No statutory deadline')
  })

  it('a missing UK nation, member state or US state is refused, naming the jurisdiction', () => {
    for (const regime of ['UK-GDPR', 'EU-GDPR', 'US-STATE'] as const) {
      expect(() => caseDeadlines(request({ regime, jurisdiction: 'XX' }))).toThrow(expect.objectContaining({ field: 'jurisdiction' }))
    }
    expect(() => caseDeadlines(request({ received: '2026-02-30' }))).toThrow(DeadlineInputError)
  })
})

describe('the deadlines a complaint carries', () => {
  const complaint = (facts: Partial<CaseFacts>) => request({ kind: 'complaint', rights: [], ...facts })

  it('UK, from 19 June 2026: acknowledge within 30 days (s.164A), and the DPF 45-day response', () => {
    expect(summary(complaint({ received: '2026-06-19' }))).toEqual([
      ['complaint-acknowledge', '2026-07-20'],
      ['complaint-response', '2026-08-03']
    ])
  })

  it('UK, before 19 June 2026: no s.164A acknowledgement, and a note says why', () => {
    const facts = complaint({ received: '2026-06-18' })
    expect(caseDeadlines(facts).map((d) => d.key)).toEqual(['complaint-response'])
    expect(caseDeadlineNotes(facts).join(' ')).toContain('19 June 2026')
  })

  it('North America: the DPF 45 days', () => {
    expect(summary(complaint({ regime: 'CCPA', jurisdiction: 'CA', received: '2026-11-20' }))).toEqual([['complaint-response', '2027-01-04']])
  })

  it('PIPEDA: no statutory complaint deadline, and a note says so', () => {
    const facts = complaint({ regime: 'PIPEDA', jurisdiction: '' })
    expect(caseDeadlines(facts)).toEqual([])
    expect(caseDeadlineNotes(facts).join(' ')).toContain('No statutory time limit')
  })
})
