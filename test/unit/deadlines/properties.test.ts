import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { computeDeadline, listHolidays, type DeadlineAction, type DeadlineQuery, type DeadlineRegime } from '../../../src/deadlines'
import { RULES } from '../../../src/deadlines/rules'
import { addDays, weekday } from '../../../src/deadlines/calendar-date'
import { EU_MEMBER_STATES, UK_NATIONS } from '../../../src/domain/regimes'

const FIRST = '2024-01-01'
const day = fc.integer({ min: 0, max: 6 * 366 }).map((n) => addDays(FIRST, n))

const pairs: { regime: DeadlineRegime; action: DeadlineAction }[] = Object.entries(RULES).flatMap(([regime, actions]) => [
  ...Object.keys(actions).map((action) => ({ regime: regime as DeadlineRegime, action: action as DeadlineAction })),
  ...(actions.respond?.extension ? [{ regime: regime as DeadlineRegime, action: 'extension-notice' as const }] : [])
])

const calendarsFor = (regime: DeadlineRegime): string[] =>
  regime === 'UK-GDPR' ? Object.keys(UK_NATIONS) : regime === 'EU-GDPR' ? ['', ...Object.keys(EU_MEMBER_STATES)] : ['']

const query = fc
  .record({ pair: fc.constantFrom(...pairs), received: day, extended: fc.boolean(), pick: fc.nat() })
  .map(({ pair, received, extended, pick }): DeadlineQuery => {
    const rule = RULES[pair.regime][pair.action === 'extension-notice' ? 'respond' : pair.action]
    const from = rule?.appliesFrom?.date
    const calendars = calendarsFor(pair.regime)
    return {
      ...pair,
      received: from && received < from ? from : received,
      extended: extended && Boolean(rule?.extension),
      calendar: calendars[pick % calendars.length]
    }
  })

function isWorkingDay(q: DeadlineQuery, date: string): boolean {
  const rule = RULES[q.regime][q.action === 'extension-notice' ? 'respond' : q.action]
  if (!rule) throw new Error('no rule')
  const calendar = q.calendar || rule.defaultCalendar
  const holidays = new Set(listHolidays(calendar, Number(date.slice(0, 4))).map((h) => h.date))
  return !rule.restDays.includes(weekday(date)) && !holidays.has(date)
}

const rolls = (q: DeadlineQuery) => {
  const rule = RULES[q.regime][q.action === 'extension-notice' ? 'respond' : q.action]
  return rule?.roll === true
}

describe('deadline properties', () => {
  it('the due date is never before the start, nor the start before receipt', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = computeDeadline(q)
        expect(r.start >= q.received).toBe(true)
        expect(r.due > r.start).toBe(true)
        expect(r.due >= r.unadjusted).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('the due date is a working day wherever the regime rolls (or counts business days)', () => {
    fc.assert(
      fc.property(
        query.filter((q) => rolls(q)),
        (q) => {
          expect(isWorkingDay(q, computeDeadline(q).due)).toBe(true)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('where the regime does not roll, the due date is the unadjusted date', () => {
    fc.assert(
      fc.property(
        query.filter((q) => !rolls(q)),
        (q) => {
          const r = computeDeadline(q)
          expect(r.due).toBe(r.unadjusted)
        }
      )
    )
  })

  it('a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 60 }), (q, later) => {
        const laterQuery = { ...q, received: addDays(q.received, later) }
        expect(computeDeadline(laterQuery).due >= computeDeadline(q).due).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('an extension never gives an earlier due date', () => {
    fc.assert(
      fc.property(
        query.filter((q) => q.action === 'respond' && Boolean(RULES[q.regime].respond?.extension)),
        (q) => {
          expect(computeDeadline({ ...q, extended: true }).due >= computeDeadline({ ...q, extended: false }).due).toBe(true)
        }
      )
    )
  })

  const ukQuery = fc.record({
    received: day,
    calendar: fc.constantFrom(...Object.keys(UK_NATIONS)),
    extended: fc.boolean(),
    identityAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined })
  })
  const pause = fc.record({ after: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 0, max: 40 }) })

  it('a pause never shortens the period, and one inside the period adds exactly its days before the roll', () => {
    fc.assert(
      fc.property(ukQuery, fc.array(pause, { maxLength: 3 }), pause, (u, earlier, extra) => {
        const base: DeadlineQuery = {
          regime: 'UK-GDPR',
          action: 'respond',
          received: u.received,
          calendar: u.calendar,
          extended: u.extended,
          identityReceived: u.identityAfter === undefined ? undefined : addDays(u.received, u.identityAfter)
        }
        const toPause = (p: { after: number; length: number }) => ({
          requested: addDays(u.received, p.after),
          received: addDays(u.received, p.after + p.length)
        })
        const without = computeDeadline({ ...base, clarifications: earlier.map(toPause) })
        const withExtra = computeDeadline({ ...base, clarifications: [...earlier, extra].map(toPause) })
        expect(withExtra.due >= without.due).toBe(true)
        expect(withExtra.unadjusted >= without.unadjusted).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })

  it('a single pause inside the first month adds its days, both ends included', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 20 }), (received, after, length) => {
        const base: DeadlineQuery = { regime: 'UK-GDPR', action: 'respond', received }
        const plain = computeDeadline(base)
        const paused = computeDeadline({
          ...base,
          clarifications: [{ requested: addDays(received, after), received: addDays(received, after + length) }]
        })
        expect(paused.unadjusted).toBe(addDays(plain.unadjusted, length + 1))
      })
    )
  })

  it('identity or a fee arriving later never gives an earlier due date (UK)', () => {
    fc.assert(
      fc.property(ukQuery, fc.integer({ min: 0, max: 60 }), (u, after) => {
        const base: DeadlineQuery = { regime: 'UK-GDPR', action: 'respond', received: u.received, calendar: u.calendar }
        const r = computeDeadline({ ...base, feePaid: addDays(u.received, after) })
        expect(r.start).toBe(addDays(u.received, after))
        expect(r.due >= computeDeadline(base).due).toBe(true)
      })
    )
  })
})
