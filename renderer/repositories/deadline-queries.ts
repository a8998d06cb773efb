import type { CasebookDb } from '../db/database'
import type { Case } from '../../src/domain/case'
import { addDays, weekday } from '../../src/deadlines/calendar-date'

export type DeadlineBucket = 'overdue' | 'this-week' | 'next-30-days' | 'paused'

export const BUCKET_LABELS: Record<DeadlineBucket, string> = {
  overdue: 'Overdue',
  'this-week': 'Due this week',
  'next-30-days': 'Due in the next 30 days',
  paused: 'Clock stopped'
}

/** The last day of the working week (Sunday) that contains `today`. */
export function endOfWeek(today: string): string {
  return addDays(today, (7 - weekday(today)) % 7)
}

/**
 * One bucket of open cases, soonest first, through the nextDue and
 * pausedSince indexes (only open cases with a running clock carry nextDue).
 */
export async function casesInBucket(db: CasebookDb, bucket: DeadlineBucket, today: string, limit = 100): Promise<Case[]> {
  const weekEnd = endOfWeek(today)
  switch (bucket) {
    case 'overdue':
      return db.cases.where('nextDue').below(today).limit(limit).toArray()
    case 'this-week':
      return db.cases.where('nextDue').between(today, weekEnd, true, true).limit(limit).toArray()
    case 'next-30-days':
      return db.cases.where('nextDue').between(weekEnd, addDays(today, 30), false, true).limit(limit).toArray()
    case 'paused':
      return db.cases.where('pausedSince').aboveOrEqual('').limit(limit).toArray()
  }
}

export async function countInBucket(db: CasebookDb, bucket: DeadlineBucket, today: string): Promise<number> {
  const weekEnd = endOfWeek(today)
  switch (bucket) {
    case 'overdue':
      return db.cases.where('nextDue').below(today).count()
    case 'this-week':
      return db.cases.where('nextDue').between(today, weekEnd, true, true).count()
    case 'next-30-days':
      return db.cases.where('nextDue').between(weekEnd, addDays(today, 30), false, true).count()
    case 'paused':
      return db.cases.where('pausedSince').aboveOrEqual('').count()
  }
}

/** The deadline a case's nextDue belongs to. */
export function nextDeadline(c: Case) {
  // On a closed or answered case only a body's reply date still counts.
  const settled = c.status === 'closed' || c.status === 'responded'
  return c.deadlines.find(
    (d) => d.due === c.nextDue && c.clock.met[d.key] === undefined && (!settled || d.key.startsWith('escalation-'))
  )
}
