/** A database failure in words a user can act on. */
export function describeDatabaseError(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'The computer has no room left for the case database (the disk is full, or the storage limit is reached). Free some disk space and try again'
  if (name === 'DatabaseClosedError')
    return 'The case database was closed by another window. Close this window and carry on in the other one'
  return error instanceof Error ? error.message : String(error)
}
