import Dexie from 'dexie'
import type { CasebookDb } from '../db/database'
import type { IsoDate } from '../../src/domain/dates'
import type { ReportFigures } from '../../src/reports/figures-schema'
import { createReportTally, type ReportPeriod } from '../../src/reports/tally'

export interface ReportProgress {
  read: number
  total: number
}

export interface ReportOptions {
  chunkSize?: number
  onProgress?: (progress: ReportProgress) => void
  /** Awaited between chunks so the page can repaint; by default a macrotask. */
  pause?: () => Promise<void>
  signal?: AbortSignal
}

export const REPORT_CHUNK = 2000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The office's figures for the cases received in the period, read a chunk at
 * a time through the [received+id] index (keyset paging) and yielding between
 * chunks, never the whole table at once. Throws an AbortError when the signal aborts.
 */
export async function officeReport(db: CasebookDb, period: ReportPeriod, asOf: IsoDate, options: ReportOptions = {}): Promise<ReportFigures> {
  const { chunkSize = REPORT_CHUNK, onProgress, pause = nextTask, signal } = options
  const tally = createReportTally(period)
  const lower: [unknown, unknown] = [period.from, Dexie.minKey]
  const upper: [unknown, unknown] = [period.to, Dexie.maxKey]
  const total = await db.cases.where('[received+id]').between(lower, upper, true, true).count()
  onProgress?.({ read: 0, total })
  let after = lower
  let read = 0
  for (let first = true; ; first = false) {
    signal?.throwIfAborted()
    const rows = await db.cases.where('[received+id]').between(after, upper, first, true).limit(chunkSize).toArray()
    for (const c of rows) tally.add(c)
    read += rows.length
    onProgress?.({ read, total: Math.max(total, read) })
    const last = rows[rows.length - 1]
    if (rows.length < chunkSize || !last) break
    after = [last.received, last.id]
    await pause()
  }
  signal?.throwIfAborted()
  return tally.figures(asOf)
}
