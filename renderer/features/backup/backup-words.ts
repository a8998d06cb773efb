import { isBackupError } from '../../../src/backup'

/** "1 December 2026 at 10:00", in the office's time zone. */
export function backupDate(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
}

/** What to tell the user when a restore step failed: a backup's own words, or a sentence around the cause. */
export function restoreFailure(error: unknown): string {
  if (isBackupError(error)) return error.message
  const cause = error instanceof Error ? error.message : String(error)
  return `The backup could not be restored (${cause}). Your current data has been left as it was.`
}
