import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addCalendarMonths, addDays, dayNumber, daysBetween, fromDayNumber, longDate, weekday } from '../../../src/deadlines/calendar-date'
import { easterSunday } from '../../../src/deadlines/canada-holidays'

describe('calendar date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-05-20', '2026-07-04')).toBe(45)
  })

  it('agrees with Date.UTC on the day number of every day from 1990 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10)
        expect(fromDayNumber(day)).toBe(iso)
        expect(dayNumber(iso)).toBe(day)
        expect(weekday(iso)).toBe(new Date(day * 86_400_000).getUTCDay())
      })
    )
  })

  it('adds calendar months to the same date, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-09-03', 1)).toEqual({ date: '2026-10-03', clamped: false })
    expect(addCalendarMonths('2026-03-31', 1)).toEqual({ date: '2026-04-30', clamped: true })
    expect(addCalendarMonths('2026-01-31', 1)).toEqual({ date: '2026-02-28', clamped: true })
    expect(addCalendarMonths('2028-01-31', 1)).toEqual({ date: '2028-02-29', clamped: true })
    expect(addCalendarMonths('2026-11-30', 3)).toEqual({ date: '2027-02-28', clamped: true })
    expect(addCalendarMonths('2026-12-15', 1)).toEqual({ date: '2027-01-15', clamped: false })
    expect(addCalendarMonths('2026-01-31', 3)).toEqual({ date: '2026-04-30', clamped: true })
  })

  it('writes dates in full with the weekday', () => {
    expect(longDate('2026-12-25')).toBe('Friday 25 December 2026')
    expect(longDate('2027-01-04')).toBe('Monday 4 January 2027')
  })

  it('finds Easter Sunday', () => {
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    expect(easterSunday(2028)).toBe('2028-04-16')
    expect(easterSunday(2019)).toBe('2019-04-21')
    expect(easterSunday(2038)).toBe('2038-04-25')
  })
})
