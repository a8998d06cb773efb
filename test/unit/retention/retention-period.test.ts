import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closedOnOrBefore, isDueForDeletion, keptUntil } from '../../../src/retention/retention-period'
import { addDays } from '../../../src/deadlines/calendar-date'

const closed = (closedOn: string) => ({ status: 'closed' as const, closedOn })

describe('the retention period', () => {
  it('keeps a case until the same date `years` later, and offers it for deletion from the day after', () => {
    expect(keptUntil('2022-03-01', 3)).toBe('2025-03-01')
    expect(isDueForDeletion(closed('2022-03-01'), 3, '2025-03-01')).toBe(false)
    expect(isDueForDeletion(closed('2022-03-01'), 3, '2025-03-02')).toBe(true)
  })

  it('falls back to 28 February for a case closed on 29 February', () => {
    expect(keptUntil('2024-02-29', 3)).toBe('2027-02-28')
    expect(keptUntil('2024-02-29', 4)).toBe('2028-02-29')
    expect(isDueForDeletion(closed('2024-02-29'), 3, '2027-03-01')).toBe(true)
  })

  it('never offers an open case, a case without a closing date, or one on legal hold', () => {
    expect(isDueForDeletion({ status: 'responded', closedOn: '2010-01-01' }, 3, '2026-12-01')).toBe(false)
    expect(isDueForDeletion({ status: 'closed' }, 3, '2026-12-01')).toBe(false)
    expect(isDueForDeletion({ ...closed('2010-01-01'), legalHold: { since: '2011-01-01', reason: 'Litigation', by: 'P' } }, 3, '2026-12-01')).toBe(false)
  })

  it('bounds the index query safely: every case due today was closed on or before the bound, and one closed the day after is not due', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('2000-01-01', n))
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 20 }), (closedOn, today, years) => {
        const bound = closedOnOrBefore(today, years)
        if (isDueForDeletion(closed(closedOn), years, today)) expect(closedOn <= bound).toBe(true)
        expect(isDueForDeletion(closed(addDays(bound, 1)), years, today)).toBe(false)
      }),
      { numRuns: 5000 }
    )
  })
})
