import type { CasebookDb } from '../../db/database'
import { addDays } from '../../../src/deadlines/calendar-date'

const LAST_REMINDER = 'last-reminder'

/** The reminder's words: what became overdue since the last one, and what falls due tomorrow. */
export function reminderText(becameOverdue: string[], dueTomorrow: string[]): string | undefined {
  const parts: string[] = []
  const list = (refs: string[]) => (refs.length > 3 ? `${refs.slice(0, 3).join(', ')} and ${refs.length - 3} more` : refs.join(', '))
  if (becameOverdue.length)
    parts.push(`${becameOverdue.length === 1 ? '1 case is' : `${becameOverdue.length} cases are`} now overdue: ${list(becameOverdue)}.`)
  if (dueTomorrow.length)
    parts.push(`${dueTomorrow.length === 1 ? '1 case falls' : `${dueTomorrow.length} cases fall`} due tomorrow: ${list(dueTomorrow)}.`)
  return parts.length ? parts.join(' ') : undefined
}

/**
 * Once per office day: finds the cases whose deadline passed since the last
 * reminder, and those due tomorrow, and asks main to notify. Returns the text
 * shown, if any.
 */
export async function remindIfDue(
  db: CasebookDb,
  today: string,
  notify: (title: string, body: string) => Promise<unknown>
): Promise<string | undefined> {
  const last = (await db.settings.get(LAST_REMINDER))?.value as string | undefined
  if (last === today) return undefined
  await db.settings.put({ key: LAST_REMINDER, value: today })
  const from = last && last < today ? last : '0000-01-01'
  const overdue = await db.cases.where('nextDue').between(from, today, true, false).toArray()
  const tomorrow = await db.cases.where('nextDue').equals(addDays(today, 1)).toArray()
  const text = reminderText(
    overdue.map((c) => c.reference),
    tomorrow.map((c) => c.reference)
  )
  if (text) await notify('Privacy Casebook: deadlines', text)
  return text
}
