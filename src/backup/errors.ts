/** Why a backup file was refused; each has a sentence a member of staff can act on. */
export type BackupFault =
  | 'not-a-backup'
  | 'password-protected'
  | 'incomplete'
  | 'damaged'
  | 'newer-version'
  | 'unknown-table'
  | 'missing-table'
  | 'invalid-record'
  | 'duplicate-record'
  | 'cannot-back-up'

const NOTHING_CHANGED = 'Your current data has not been changed.'

/** A refused backup: the message says what was wrong and that nothing was changed. */
export class BackupError extends Error {
  readonly fault: BackupFault

  constructor(fault: BackupFault, message: string, options?: { cause?: unknown }) {
    super(fault === 'cannot-back-up' ? message : `${message} ${NOTHING_CHANGED}`, options)
    this.name = 'BackupError'
    this.fault = fault
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError
}
