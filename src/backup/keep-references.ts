/** The table whose records hold the last case number given each year. */
export const COUNTERS_TABLE = 'counters'

interface CounterLike {
  key: string
  value: number
}

function isCounter(row: unknown): row is CounterLike {
  return !!row && typeof row === 'object' && typeof (row as CounterLike).key === 'string' && typeof (row as CounterLike).value === 'number'
}

/**
 * The reference counters a restore writes: for each year the higher of the
 * backup's and the live one, so that a reference given out after the backup
 * was made (perhaps already on a letter) is never given to another case.
 */
export function keepHigherCounters(fromBackup: readonly unknown[], live: readonly unknown[]): unknown[] {
  const merged = new Map<string, unknown>()
  for (const row of fromBackup) if (isCounter(row)) merged.set(row.key, row)
  for (const row of live) {
    if (!isCounter(row)) continue
    const kept = merged.get(row.key) as CounterLike | undefined
    if (!kept || row.value > kept.value) merged.set(row.key, { ...kept, ...row })
  }
  return [...merged.values()]
}
