import { BACKUP_EXTENSION } from './format'

/** Why an automatic backup was written into the backups folder. */
export const BACKUP_REASONS = ['daily', 'on-quit', 'by-hand', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily backup',
  'on-quit': 'When the app closed',
  'by-hand': 'Made with “Back up now”',
  'before-restore': 'Before a restore'
}

/** How many automatic backups the folder keeps; older ones are deleted. */
export const BACKUPS_KEPT = 14

const NAME = /^casebook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.casebook$/

/** A name every file system accepts (no colon), that sorts by time: casebook-2026-12-01T10-00-00-000Z-daily.casebook. */
export function automaticBackupName(at: Date, reason: BackupReason): string {
  return `casebook-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.${BACKUP_EXTENSION}`
}

export function parseAutomaticBackupName(name: string): { createdAt: string; reason: BackupReason } | undefined {
  const m = NAME.exec(name)
  if (!m) return undefined
  const reason = BACKUP_REASONS.find((r) => r === m[6])
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`
  if (!reason || Number.isNaN(Date.parse(createdAt)) || new Date(createdAt).toISOString() !== createdAt) return undefined
  return { createdAt, reason }
}
