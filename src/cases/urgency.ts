import { addDays, daysBetween, weekday } from '../deadlines/calendar-date'

export type Urgency = 'overdue' | 'soon' | 'later' | 'met'

/** Monday to Friday between today (excluded) and the due date (included). */
function workingDaysUntil(today: string, due: string): number {
  let count = 0
  for (let d = addDays(today, 1); d <= due; d = addDays(d, 1)) {
    const w = weekday(d)
    if (w !== 0 && w !== 6) count++
  }
  return count
}

/** Overdue is red; due within 5 working days is amber; anything later is plain. */
export function urgencyOf(due: string, today: string, met?: string): Urgency {
  if (met) return 'met'
  if (due < today) return 'overdue'
  return workingDaysUntil(today, due) <= 5 ? 'soon' : 'later'
}

export function daysLeftText(due: string, today: string): string {
  const days = daysBetween(today, due)
  if (days === 0) return 'Due today'
  if (days === 1) return 'Due tomorrow'
  if (days > 0) return `${days} days left`
  return days === -1 ? 'Overdue by 1 day' : `Overdue by ${-days} days`
}
