import type { StoredDeadline } from '../domain/case'
import { formatDateLong } from '../domain/dates'
import { addDays } from '../deadlines/calendar-date'

export const OFFICE_TARGET_KEY = 'office-target'
export const DEFAULT_COMPLAINT_TARGET_DAYS = 30
export const MAX_COMPLAINT_TARGET_DAYS = 365

/**
 * The office's own target for answering a complaint: a number of calendar
 * days after receipt, set in Settings and kept on the complaint as it was
 * when the complaint was logged. Not a statutory limit, so not moved for
 * weekends or holidays.
 */
export function officeTargetDeadline(received: string, days: number): StoredDeadline {
  const due = addDays(received, days)
  return {
    key: OFFICE_TARGET_KEY,
    label: `Answer the complaint (office target: ${days} days)`,
    due,
    unadjusted: due,
    start: received,
    steps: [
      `Rule: the office's own target is to answer a complaint within ${days} days of receiving it. It is a setting of the office, not a statutory time limit.`,
      `Received on ${formatDateLong(received)}; counting starts the day after.`,
      `${formatDateLong(received)} + ${days} days = ${formatDateLong(due)}.`,
      `Not moved for weekends or holidays. Deadline: ${formatDateLong(due)}.`
    ],
    citation: "Office target (Settings: answer complaints within N days); kept as it was when the complaint was logged"
  }
}
