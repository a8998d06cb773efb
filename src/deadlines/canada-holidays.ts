/*
 * Canada's federal holidays for computing time under the Interpretation Act
 * (R.S.C. 1985, c. I-21) s.35, the list PIPEDA's time limits use. It is not
 * date-holidays' national `CA` list (which follows employment holidays), so it
 * is written out here. Sunday is a holiday under s.35 too; that is handled as a
 * rest day by the regime, not listed here. Saturday is not a holiday.
 */
import { addDays, fromDayNumber, dayNumber, weekday } from './calendar-date'
import type { IsoDate } from '../domain/dates'

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The n-th Monday (n = 1, 2, …) of a month. */
function nthMonday(year: number, month: number, n: number): IsoDate {
  const first = iso(year, month, 1)
  const offset = (8 - weekday(first)) % 7
  return addDays(first, offset + 7 * (n - 1))
}

/** Victoria Day: the last Monday before 25 May. */
function victoriaDay(year: number): IsoDate {
  const may24 = iso(year, 5, 24)
  return fromDayNumber(dayNumber(may24) - ((weekday(may24) + 6) % 7))
}

export function canadaFederalHolidays(year: number): { date: IsoDate; name: string }[] {
  const easter = easterSunday(year)
  const list: { date: IsoDate; name: string }[] = [
    { date: iso(year, 1, 1), name: "New Year's Day" },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: victoriaDay(year), name: 'Victoria Day' },
    // Holidays Act s.2: when 1 July is a Sunday, 2 July is Canada Day.
    weekday(iso(year, 7, 1)) === 0
      ? { date: iso(year, 7, 2), name: 'Canada Day (1 July is a Sunday)' }
      : { date: iso(year, 7, 1), name: 'Canada Day' },
    { date: nthMonday(year, 9, 1), name: 'Labour Day' },
    { date: nthMonday(year, 10, 2), name: 'Thanksgiving Day' },
    { date: iso(year, 11, 11), name: 'Remembrance Day' },
    { date: iso(year, 12, 25), name: 'Christmas Day' },
    { date: iso(year, 12, 26), name: 'Boxing Day' }
  ]
  // Added to s.35 in 2021 (S.C. 2021, c. 11).
  if (year >= 2021) list.push({ date: iso(year, 9, 30), name: 'National Day for Truth and Reconciliation' })
  // s.35(2): when New Year's Day or Remembrance Day falls on a Sunday, the next day is also a holiday.
  for (const [month, day, name] of [
    [1, 1, "New Year's Day"],
    [11, 11, 'Remembrance Day']
  ] as const) {
    const date = iso(year, month, day)
    if (weekday(date) === 0) list.push({ date: addDays(date, 1), name: `${name} (the day after, as it falls on a Sunday)` })
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}
