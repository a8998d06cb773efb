/*
 * Calendar dates are 'YYYY-MM-DD' strings. Arithmetic is done on a day number
 * (days since 1970-01-01) computed with integer arithmetic, never with a
 * local-time Date, so neither the office's time zone nor a change to summer
 * time can ever shift a deadline by a day. No date library is used:
 * date-fns is not a dependency, and the handful of operations the deadline
 * rules need (add days, add calendar months with the month-end rule, weekday)
 * are short enough to read and are tested directly.
 */
import { isIsoDate, type IsoDate } from '../domain/dates'

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

function digits(date: IsoDate, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + (date.charCodeAt(i) - 48)
  return n
}

function parts(date: IsoDate): [number, number, number] {
  return [digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10)]
}

export function isRealDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isIsoDate(value)
}

/** Days since 1970-01-01 (proleptic Gregorian), by H. Hinnant's days_from_civil: arithmetic only. */
export function dayNumber(date: IsoDate): number {
  const [y0, m, d] = parts(date)
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The inverse of dayNumber (H. Hinnant's civil_from_days). */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * The same date `months` calendar months later, or the last day of that month
 * when it has no such date (31 March + 1 month = 30 April).
 */
export function addCalendarMonths(date: IsoDate, months: number): { date: IsoDate; clamped: boolean } {
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = daysInMonth(year, month)
  const day = Math.min(d, last)
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { date: iso, clamped: day !== d }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

export function yearOf(date: IsoDate): number {
  return digits(date, 0, 4)
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b
}

/**
 * "Friday 25 December 2026", the form every explanation uses. Written out
 * rather than with Intl.DateTimeFormat, whose construction is too slow to
 * repeat for every line of 50,000 cases' explanations.
 */
export function longDate(date: IsoDate): string {
  const [y, m, d] = parts(date)
  return `${WEEKDAY_NAMES[weekday(date)]} ${d} ${MONTH_NAMES[m - 1]} ${y}`
}
