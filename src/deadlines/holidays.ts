/*
 * The holiday calendars deadlines roll over and count business days against.
 *
 * From date-holidays, per calendar and year (cached: the engine runs for tens
 * of thousands of cases). Which of its entries count:
 * - GB and US: types `public` and `bank` (a substitute day can be typed
 *   `bank`, e.g. Veterans Day observed on 10 Nov 2028), substitutes included.
 * - everywhere else: `public` only. Elsewhere `bank` marks days banks close
 *   that are not legal holidays (DE 24 and 31 Dec, NL 31 Dec, IE Good Friday,
 *   BR Carnival and Corpus Christi).
 * - EU/EEA member states: no substitute days (Reg. 1182/71 counts the public
 *   holidays themselves).
 * `observance`, `optional` and `school` never count. The `date` string is
 * read, not `start`, which is shifted by the time zone.
 * Canada ('CA') is the Interpretation Act list in canada-holidays.ts.
 * US federal observed days are checked against the OPM rule (5 U.S.C. 6103(b):
 * Saturday → Friday before, Sunday → Monday after) and added if missing.
 * The office's own additions and removals (settings) apply on top, at once.
 */
import Holidays from 'date-holidays'
import { EU_MEMBER_STATES, UK_NATIONS } from '../domain/regimes'
import type { IsoDate } from '../domain/dates'
import { addDays, isRealDate, weekday, yearOf } from './calendar-date'
import { canadaFederalHolidays } from './canada-holidays'
import { DeadlineInputError } from './errors'

export interface Holiday {
  date: IsoDate
  name: string
  /** 'law' from the published calendar, 'office' added in the office's settings. */
  source: 'law' | 'office'
}

export interface HolidayCalendar {
  /** '' is the calendar with no holidays at all (weekends only). */
  code: string
  label: string
}

export interface HolidayOverride {
  calendar: string
  date: IsoDate
  name: string
  kind: 'add' | 'remove'
}

export const NO_HOLIDAYS: HolidayCalendar = { code: '', label: 'no holiday calendar' }

const directory = new Holidays()
const calendars = new Map<string, HolidayCalendar>()
const libraries = new Map<string, Holidays>()
const yearCache = new Map<string, Map<IsoDate, string>>()
let overrides = new Map<string, Map<IsoDate, HolidayOverride>>()

/** The calendar for a code such as 'GB-SCT', 'US', 'DE', 'DE-BY', 'AU-NSW', 'CA'; throws for an unknown one. */
export function resolveCalendar(code: string, field = 'calendar'): HolidayCalendar {
  if (code === '') return NO_HOLIDAYS
  const known = calendars.get(code)
  if (known) return known
  const label = labelFor(code)
  if (label === undefined) {
    throw new DeadlineInputError(
      field,
      `The holiday calendar '${code}' is not known. Use a country code such as 'FR' or 'US', ` +
        `a UK nation ('GB-ENG', 'GB-SCT', 'GB-NIR'), or a country and region such as 'DE-BY'.`
    )
  }
  const calendar = { code, label }
  calendars.set(code, calendar)
  return calendar
}

function labelFor(code: string): string | undefined {
  if (code in UK_NATIONS) return UK_NATIONS[code as keyof typeof UK_NATIONS]
  if (code === 'CA') return 'Canada'
  if (code === 'US') return 'the United States'
  const [country = '', state, region, extra] = code.split('-')
  if (extra !== undefined || country === 'CA') return undefined
  const countryName = directory.getCountries('en')[country]
  if (!countryName) return undefined
  if (state === undefined) return countryName
  const stateName = directory.getStates(country, 'en')?.[state]
  if (!stateName) return undefined
  if (region === undefined) return `${countryName}, ${stateName}`
  const regionName = directory.getRegions(country, state, 'en')?.[region]
  return regionName ? `${countryName}, ${stateName}, ${regionName}` : undefined
}

function library(code: string): Holidays {
  let lib = libraries.get(code)
  if (!lib) {
    const [country = '', state, region] = code.split('-')
    lib = region ? new Holidays(country, state ?? '', region) : state ? new Holidays(country, state) : new Holidays(country)
    libraries.set(code, lib)
  }
  return lib
}

function fromLibrary(code: string, year: number): { date: IsoDate; name: string; substitute: boolean }[] {
  const country = code.split('-')[0] ?? ''
  const keepBank = country === 'GB' || country === 'US'
  const keepSubstitutes = !(country in EU_MEMBER_STATES)
  return library(code)
    .getHolidays(year, 'en')
    .filter((h) => h.type === 'public' || (keepBank && h.type === 'bank'))
    .filter((h) => keepSubstitutes || !h.substitute)
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name, substitute: Boolean(h.substitute) }))
}

/** US federal holidays with every OPM observed day present. */
function usFederal(year: number): { date: IsoDate; name: string }[] {
  const around = [year - 1, year, year + 1].flatMap((y) => fromLibrary('US', y))
  const dates = new Set(around.map((h) => h.date))
  const list = [...around]
  for (const h of around) {
    if (h.substitute) continue
    const day = weekday(h.date)
    const observed = day === 6 ? addDays(h.date, -1) : day === 0 ? addDays(h.date, 1) : undefined
    if (observed && !dates.has(observed)) {
      list.push({ date: observed, name: `${h.name} (observed)`, substitute: true })
      dates.add(observed)
    }
  }
  return list.filter((h) => yearOf(h.date) === year)
}

function lawHolidays(code: string, year: number): Map<IsoDate, string> {
  const key = `${code}|${year}`
  const cached = yearCache.get(key)
  if (cached) return cached
  const list = code === 'CA' ? canadaFederalHolidays(year) : code === 'US' ? usFederal(year) : fromLibrary(code, year)
  const byDate = new Map<IsoDate, string>()
  for (const h of list) {
    const existing = byDate.get(h.date)
    if (existing === undefined) byDate.set(h.date, h.name)
    else if (!existing.includes(h.name)) byDate.set(h.date, `${existing} / ${h.name}`)
  }
  yearCache.set(key, byDate)
  return byDate
}

/** The holiday on a date in a calendar, after the office's overrides, or undefined. */
export function holidayOn(calendar: HolidayCalendar, date: IsoDate): Holiday | undefined {
  if (calendar.code === '') return undefined
  const override = overrides.get(calendar.code)?.get(date)
  if (override) return override.kind === 'add' ? { date, name: override.name, source: 'office' } : undefined
  const name = lawHolidays(calendar.code, yearOf(date)).get(date)
  return name === undefined ? undefined : { date, name, source: 'law' }
}

/** Every holiday of a calendar in a year, after the office's overrides (for settings and checks). */
export function listHolidays(code: string, year: number): Holiday[] {
  const calendar = resolveCalendar(code)
  if (calendar.code === '') return []
  const dates = new Set(lawHolidays(code, year).keys())
  for (const date of overrides.get(code)?.keys() ?? []) if (yearOf(date) === year) dates.add(date)
  return [...dates]
    .sort()
    .map((date) => holidayOn(calendar, date))
    .filter((h): h is Holiday => h !== undefined)
}

/**
 * Replaces the office's holiday additions and removals (from settings) with
 * this list; every later deadline computation uses it. Throws on a bad entry,
 * leaving the previous list in force.
 */
export function setHolidayOverrides(list: readonly HolidayOverride[]): void {
  const next = new Map<string, Map<IsoDate, HolidayOverride>>()
  list.forEach((entry, i) => {
    const field = `overrides[${i}]`
    resolveCalendar(entry.calendar, `${field}.calendar`)
    if (entry.calendar === '') throw new DeadlineInputError(`${field}.calendar`, 'Choose the holiday calendar the change applies to.')
    if (!isRealDate(entry.date)) {
      throw new DeadlineInputError(`${field}.date`, `The holiday date '${entry.date}' is not a real date. Enter it as YYYY-MM-DD.`)
    }
    if (entry.kind !== 'add' && entry.kind !== 'remove') {
      throw new DeadlineInputError(`${field}.kind`, "Say whether the holiday is added ('add') or removed ('remove').")
    }
    const name = entry.name.trim()
    if (entry.kind === 'add' && name === '') {
      throw new DeadlineInputError(`${field}.name`, `Give the added holiday on ${entry.date} a name, e.g. the proclamation's.`)
    }
    const forCalendar = next.get(entry.calendar) ?? new Map<IsoDate, HolidayOverride>()
    const clash = forCalendar.get(entry.date)
    if (clash && clash.kind !== entry.kind) {
      throw new DeadlineInputError(
        `${field}.kind`,
        `${entry.date} is both added and removed for calendar ${entry.calendar}. Keep only one of the two entries.`
      )
    }
    forCalendar.set(entry.date, { ...entry, name })
    next.set(entry.calendar, forCalendar)
  })
  overrides = next
}

export function getHolidayOverrides(): HolidayOverride[] {
  return [...overrides.values()].flatMap((m) => [...m.values()])
}
