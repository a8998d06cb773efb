import { describe, expect, it } from 'vitest'
import { createReportTally, reportFigures, reportFileName } from '../../../src/reports/tally'
import { reportFiguresSchema } from '../../../src/reports/figures-schema'
import { dayStats } from '../../../src/reports/stats'
import { AS_OF, KNOWN_CASES, PERIOD } from './known-cases'

const figures = reportFigures(KNOWN_CASES, PERIOD, AS_OF)
const row = (rows: { label: string; count: number }[], label: string) => rows.find((r) => r.label === label)?.count

describe('the report figures of a known office', () => {
  it('counts requests and complaints received in the period only', () => {
    expect(figures.requests).toBe(8)
    expect(figures.complaints).toBe(1)
    expect(figures.period).toEqual(PERIOD)
    expect(figures.asOf).toBe(AS_OF)
  })

  it('counts requests by right (each right once) and by channel', () => {
    expect(row(figures.byRight, 'Access (copy of data)')).toBe(4)
    expect(row(figures.byRight, 'Erasure (delete data)')).toBe(2)
    expect(row(figures.byRight, 'Rectification (correct data)')).toBe(1)
    expect(row(figures.byRight, 'Objection to processing')).toBe(1)
    expect(row(figures.byRight, 'Opt-out of sale/sharing')).toBe(1)
    expect(row(figures.byRight, 'Data portability')).toBe(0)
    expect(figures.byChannel).toEqual([
      { label: 'Email', count: 4 },
      { label: 'Post', count: 1 },
      { label: 'Phone', count: 1 },
      { label: 'Web form', count: 2 },
      { label: 'In person', count: 0 }
    ])
  })

  it('counts outcomes and groups refusal reasons that read the same', () => {
    expect(figures.outcomes).toEqual({ fulfilled: 2, partlyFulfilled: 1, refused: 2, withdrawn: 1, open: 2 })
    expect(figures.refusalReasons).toEqual([
      { label: 'identity could NOT be verified', count: 2 },
      { label: 'Exempt: legal privilege', count: 1 }
    ])
  })

  it('rates timeliness by the response deadline, leaving out withdrawn and open requests', () => {
    expect(figures.onTime).toEqual({ met: 3, late: 2, rate: 0.6 })
    expect(figures.openOverdue).toBe(1)
  })

  it('gives the mean and median days to a response', () => {
    // 22, 40, 20, 48, 9 days.
    expect(figures.daysToResponse).toEqual({ count: 5, mean: 27.8, median: 22 })
  })

  it('counts extensions, pauses and escalations by body and outcome', () => {
    expect(figures.extensions).toBe(1)
    expect(figures.pauses).toEqual({ requests: 1, periods: 2 })
    expect(figures.escalations.total).toBe(3)
    expect(figures.escalations.byBody).toEqual([
      { body: 'Information Commissioner’s Office', total: 2, pending: 1, decided: 1 },
      { body: 'American Arbitration Association', total: 1, pending: 0, decided: 1 }
    ])
    expect(row(figures.escalations.byOutcome, 'No infringement')).toBe(1)
    expect(row(figures.escalations.byOutcome, 'Recommendations')).toBe(1)
    expect(row(figures.escalations.byOutcome, 'Pending (no outcome yet)')).toBe(1)
    expect(row(figures.escalations.byOutcome, 'Regulatory action')).toBe(0)
  })

  it('gives every month of the period, empty ones too, with its on-time rate', () => {
    expect(figures.byMonth.map((m) => [m.month, m.requests, m.onTime.rate])).toEqual([
      ['2026-01', 2, 0.5],
      ['2026-02', 2, 0.5],
      ['2026-03', 2, 1],
      ['2026-04', 1, null],
      ['2026-05', 0, null],
      ['2026-06', 1, null]
    ])
  })

  it('fills the CCPA §7102 table from CCPA requests only', () => {
    const [know, del, correct, optOut] = figures.ccpa
    expect(know).toEqual({ type: 'Requests to know', received: 1, compliedInWhole: 0, compliedInPart: 0, denied: 1, withdrawn: 0, open: 0, days: { count: 1, mean: 48, median: 48 } })
    expect(del).toMatchObject({ type: 'Requests to delete', received: 1, denied: 1, days: { mean: 20, median: 20 } })
    expect(correct).toMatchObject({ received: 0, days: { count: 0, mean: null, median: null } })
    expect(optOut).toMatchObject({ type: 'Requests to opt out of sale or sharing', received: 1, compliedInWhole: 1, days: { median: 9 } })
  })

  it('passes its own strict schema, definitions included', () => {
    expect(reportFiguresSchema.parse(figures)).toEqual(figures)
    expect(figures.definitions.map((d) => d.term)).toContain('On time')
  })

  it('gives the same figures read in chunks as in one go', () => {
    const tally = createReportTally(PERIOD)
    for (const c of [...KNOWN_CASES].reverse()) tally.add(c)
    expect(tally.figures(AS_OF)).toEqual({ ...figures, refusalReasons: [{ label: 'Identity could not be verified', count: 2 }, figures.refusalReasons[1]] })
  })
})

describe('the edges', () => {
  const base = KNOWN_CASES[0]!
  it('counts a response on its due day as on time, and a day later as late', () => {
    const due = base.deadlines[0]!.due
    const onDay = { ...base, clock: { ...base.clock, met: { respond: due } } }
    const dayAfter = { ...base, clock: { ...base.clock, met: { respond: '2026-02-11' } } }
    expect(reportFigures([onDay], PERIOD, AS_OF).onTime).toEqual({ met: 1, late: 0, rate: 1 })
    expect(reportFigures([dayAfter], PERIOD, AS_OF).onTime).toEqual({ met: 0, late: 1, rate: 0 })
  })

  it('counts a CCPA request to know and to delete under both types', () => {
    const both = { ...KNOWN_CASES[2]!, rights: ['access' as const, 'erasure' as const] }
    const ccpa = reportFigures([both], PERIOD, AS_OF).ccpa
    expect(ccpa.map((r) => r.received)).toEqual([1, 1, 0, 0])
  })

  it('counts each §7102 type by the outcome of its own rights: access given and deletion refused is one complied with, one denied', () => {
    const closed = { ...KNOWN_CASES[2]!, status: 'closed' as const, closedOn: AS_OF, refusalReason: 'Legal hold' }
    const partly = { ...closed, rights: ['access' as const, 'erasure' as const], outcome: 'partly-fulfilled' as const, rightOutcomes: { access: 'fulfilled' as const, erasure: 'refused' as const } }
    const [know, del] = reportFigures([partly], PERIOD, AS_OF).ccpa
    expect(know).toMatchObject({ received: 1, compliedInWhole: 1, compliedInPart: 0, denied: 0 })
    expect(del).toMatchObject({ received: 1, compliedInWhole: 0, compliedInPart: 0, denied: 1 })
    // A type whose own rights were all withdrawn counts as withdrawn, and its days do not count.
    const withdrawn = { ...partly, rightOutcomes: { access: 'withdrawn' as const, erasure: 'partly-fulfilled' as const } }
    const [knowGone, delPart] = reportFigures([withdrawn], PERIOD, AS_OF).ccpa
    expect(knowGone).toMatchObject({ withdrawn: 1, days: { count: 0 } })
    expect(delPart).toMatchObject({ compliedInPart: 1, days: { count: 1 } })
    // Without the detail, the request's own outcome stands for each type.
    const [knowWhole, delWhole] = reportFigures([{ ...partly, rightOutcomes: undefined }], PERIOD, AS_OF).ccpa
    expect([knowWhole!.compliedInPart, delWhole!.compliedInPart]).toEqual([1, 1])
  })

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(dayStats([10, 1, 4, 3])).toEqual({ count: 4, mean: 4.5, median: 3.5 })
    expect(dayStats([])).toEqual({ count: 0, mean: null, median: null })
  })

  it('names the file by the period', () => {
    expect(reportFileName({ from: '2026-01-01', to: '2026-12-01' })).toBe('privacy-report-2026-01-01-to-2026-12-01.pdf')
  })
})
