/*
 * The case log holds personal data: a case is kept for the office's
 * retention period after it is closed, then offered for deletion
 * (DOMAIN.md, "Records the app itself keeps"). A case on legal hold is kept
 * whatever its age.
 */
import type { Case } from '../domain/case'
import { addCalendarMonths } from '../deadlines/calendar-date'

export const RETENTION_YEARS = { min: 1, max: 20, default: 3 } as const

/** The last day a closed case is kept: its closing date plus the period (29 February falls back to the 28th). */
export function keptUntil(closedOn: string, years: number): string {
  return addCalendarMonths(closedOn, years * 12).date
}

/** Closed, past its retention period (the period ended before today), and not on legal hold. */
export function isDueForDeletion(c: Pick<Case, 'status' | 'closedOn' | 'legalHold'>, years: number, today: string): boolean {
  return c.status === 'closed' && c.closedOn !== undefined && !c.legalHold && keptUntil(c.closedOn, years) < today
}

/**
 * The latest closing date a case due for deletion today can have: the bound
 * for the index query, whose results are still checked with isDueForDeletion.
 */
export function closedOnOrBefore(today: string, years: number): string {
  return addCalendarMonths(today, -years * 12).date
}
