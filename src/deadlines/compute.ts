/*
 * computeDeadline: the period from the clock start, the paused days, the roll
 * onto a working day, and a plain-English line for each step.
 */
import { addCalendarMonths, addDays, longDate, weekday } from './calendar-date'
import { addPausedDays, clockStart } from './clock'
import { holidayOn, type HolidayCalendar } from './holidays'
import type { DeadlineRule } from './rules'
import type { DeadlineQuery, DeadlineResult } from './types'
import { checkQuery, type CheckedQuery } from './validate'

interface WorkingDays {
  /** Why a date is not a working day, or undefined when it is one. */
  closedBecause(date: string): { reason: string; restDay: boolean } | undefined
}

function workingDays(rule: DeadlineRule, calendar: HolidayCalendar): WorkingDays {
  return {
    closedBecause(date) {
      const restDay = rule.restDays.includes(weekday(date))
      const rest = rule.restDays.length === 1 ? 'a Sunday' : 'a weekend day'
      const holiday = holidayOn(calendar, date)
      if (!holiday) return restDay ? { reason: rest, restDay } : undefined
      if (restDay) return { reason: `${rest}, and ${holiday.name}`, restDay }
      const reason =
        holiday.source === 'office'
          ? `${holiday.name}, a holiday added in the office's settings for ${calendar.label}`
          : `${holiday.name}, a ${rule.holidayWord} in ${calendar.label}`
      return { reason, restDay }
    }
  }
}

function period(q: CheckedQuery, start: string, week: WorkingDays, steps: string[]): string {
  const { counting } = q.rule
  const extended = q.extended && q.action === 'respond'
  if (counting.kind === 'calendar-months') {
    const months = extended && counting.extendedMonths ? counting.extendedMonths : counting.months
    const { date, clamped } = addCalendarMonths(start, months)
    const span = months === 1 ? 'One calendar month' : `${months === 3 ? 'Three' : months} calendar months`
    const counted = counting.dayOfReceipt === 'is not counted' ? ' (the day of receipt itself is not counted)' : ''
    steps.push(
      clamped
        ? `${span} from ${longDate(start)}${counted}: that month has no ${Number(start.slice(8))}${start.endsWith('31') ? 'st' : 'th'}, so the period ends on its last day, ${longDate(date)}.`
        : `${span} from ${longDate(start)}${counted} ${months === 1 ? 'ends' : 'end'} on the same date, ${longDate(date)}.`
    )
    return date
  }
  if (counting.kind === 'calendar-days') {
    const days = extended && counting.extendedDays ? counting.extendedDays : counting.days
    const date = addDays(start, days)
    steps.push(`${days} calendar days, counted from the day after ${longDate(start)}, end on ${longDate(date)}.`)
    return date
  }
  let date = start
  const skipped: string[] = []
  for (let counted = 0; counted < counting.days; ) {
    date = addDays(date, 1)
    const closed = week.closedBecause(date)
    if (closed === undefined) counted += 1
    else if (!closed.restDay) skipped.push(`${longDate(date)} (${closed.reason})`)
    if (skipped.length > 366) throw new Error(`Too few working days after ${start}: check the office's holiday settings for ${q.calendar.label}.`)
  }
  if (skipped.length > 0) steps.push(`Not counted as business days: ${skipped.join('; ')}.`)
  steps.push(
    `${counting.days} business days (Monday to Friday, less ${q.rule.holidayWord}s in ${q.calendar.label}), counted from the day after ${longDate(start)}: the ${counting.days}th is ${longDate(date)}.`
  )
  return date
}

function roll(q: CheckedQuery, unadjusted: string, week: WorkingDays, steps: string[]): string {
  if (q.rule.counting.kind === 'business-days') return unadjusted
  if (!q.rule.roll) {
    const closed = week.closedBecause(unadjusted)
    steps.push(
      closed
        ? `${q.regime} does not move a deadline off a non-working day: ${longDate(unadjusted)} (${closed.reason}) stays the last day. If the office is closed then, act on the working day before.`
        : `${longDate(unadjusted)} is the last day (${q.regime} does not move a deadline off a non-working day, and this is a working day).`
    )
    return unadjusted
  }
  const closedDays: string[] = []
  let due = unadjusted
  for (let closed = week.closedBecause(due); closed !== undefined; closed = week.closedBecause(due)) {
    closedDays.push(`${longDate(due)} (${closed.reason})`)
    if (closedDays.length > 366) throw new Error(`No working day within a year after ${unadjusted}: check the office's holiday settings for ${q.calendar.label}.`)
    due = addDays(due, 1)
  }
  steps.push(
    closedDays.length === 0
      ? `${longDate(unadjusted)} is a working day, so the deadline stays there.`
      : `${listInWords(closedDays)} ${closedDays.length === 1 ? 'is not a working day' : 'are not working days'}, so the deadline moves to the next working day, ${longDate(due)}.`
  )
  return due
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * The last day to act, with its explanation. Throws DeadlineInputError (with
 * the field) for a fact that cannot be right, and also for a DPA 2018 s.164A
 * complaint acknowledgement asked for a complaint received before 19 June
 * 2026: no statutory deadline applies then, and a date shown anyway would
 * mislead (caseDeadlines leaves it out and says why in caseDeadlineNotes).
 */
export function computeDeadline(query: DeadlineQuery): DeadlineResult {
  const q = checkQuery(query)
  const steps: string[] = [`Rule (${q.rule.citation}): ${q.rule.rule}`]
  if (q.action === 'extension-notice') {
    steps.push('The notice of an extension, with the reasons, must be sent within the first period: this date is the end of that period.')
  } else if (q.extended && q.rule.extension) {
    steps.push(`The period was ${q.rule.extension}.`)
  }
  if (q.calendar.code === '' && q.rule.roll) {
    steps.push('No member state was given, so only Saturdays and Sundays count as non-working days. Give the member state to apply its public holidays.')
  }
  const week = workingDays(q.rule, q.calendar)
  const start = clockStart(q, steps)
  const end = period(q, start, week, steps)
  const unadjusted = addPausedDays(q, start, end, steps)
  const due = roll(q, unadjusted, week, steps)
  steps.push(`Deadline: ${longDate(due)}.`)
  return { due, unadjusted, start, steps, citation: q.rule.citation }
}
