import Dexie from 'dexie'
import type { CasebookDb } from '../db/database'
import type { Case } from '../../src/domain/case'
import { caseLogRow } from '../../src/export/case-log-row'
import { caseLogCsvStart, csvLines } from '../../src/export/case-log-csv'
import { listCases, type CaseCursor, type CaseListQuery, type CaseSort } from './case-list'

/** Which cases go into the case log: those the case list shows (its filters and search), or all. */
export type CaseLogScope = { cases: 'list'; query: CaseListQuery } | { cases: 'all' }

/** An optional limit on the date received, both ends included. */
export interface ReceivedRange {
  from?: string
  to?: string
}

export interface ExportProgress {
  /** Cases looked at so far, out of `total`: what the progress bar shows. */
  scanned: number
  total: number
  /** Cases written to the file so far. */
  exported: number
}

export interface ExportOptions {
  chunkSize?: number
  onProgress?: (progress: ExportProgress) => void
  /** Awaited between chunks so the page can repaint; by default a macrotask. */
  pause?: () => Promise<void>
  signal?: AbortSignal
}

export interface CaseLogFile {
  bytes: Uint8Array<ArrayBuffer>
  count: number
}

export const EXPORT_CHUNK = 2000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function inRange(range: ReceivedRange): (c: Case) => boolean {
  return (c) => (!range.from || c.received >= range.from) && (!range.to || c.received <= range.to)
}

/**
 * Builds the case log CSV (UTF-8 with BOM), reading the cases a chunk at a
 * time through an index, never the whole table at once, and yielding between
 * chunks. Throws an AbortError when the signal aborts.
 */
export async function exportCaseLog(
  db: CasebookDb,
  scope: CaseLogScope,
  range: ReceivedRange = {},
  options: ExportOptions = {}
): Promise<CaseLogFile> {
  const { chunkSize = EXPORT_CHUNK, onProgress, pause = nextTask, signal } = options
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = [encoder.encode(caseLogCsvStart())]
  let exported = 0
  const chunks = scope.cases === 'all' ? allCases(db, range, chunkSize) : listedCases(db, scope.query, range, chunkSize)
  for await (const chunk of chunks) {
    signal?.throwIfAborted()
    if (chunk.rows.length > 0) parts.push(encoder.encode(csvLines(chunk.rows.map(caseLogRow))))
    exported += chunk.rows.length
    onProgress?.({ scanned: chunk.scanned, total: chunk.total, exported })
    await pause()
  }
  signal?.throwIfAborted()
  return { bytes: concat(parts), count: exported }
}

interface Chunk {
  rows: Case[]
  scanned: number
  total: number
}

/** Every case, oldest received first, through the [received+id] index (keyset paging). */
async function* allCases(db: CasebookDb, range: ReceivedRange, size: number): AsyncGenerator<Chunk> {
  const index = db.cases.where('[received+id]')
  // Dates received are ISO strings: '' and '\uffff' bound every one of them.
  const lower: [unknown, unknown] = [range.from || '', Dexie.minKey]
  const upper: [unknown, unknown] = [range.to || '\uffff', Dexie.maxKey]
  const total = await index.between(lower, upper, true, true).count()
  let after = lower
  let scanned = 0
  for (let first = true; ; first = false) {
    const rows = await db.cases.where('[received+id]').between(after, upper, first, true).limit(size).toArray()
    scanned += rows.length
    yield { rows, scanned, total }
    const last = rows[rows.length - 1]
    if (rows.length < size || !last) return
    after = [last.received, last.id]
  }
}

/** The cases the case list shows for its query, in its order, read with the list's own query in large pages. */
async function* listedCases(db: CasebookDb, query: CaseListQuery, range: ReceivedRange, size: number): AsyncGenerator<Chunk> {
  const total = await db.cases.count()
  const keep = inRange(range)
  let cursor: CaseCursor | undefined
  do {
    const page = await listCases(db, query, cursor, size)
    cursor = page.next
    const rows = page.rows.filter(keep)
    const last = page.rows[page.rows.length - 1]
    if (last && pastRange(query.sort, range, last)) cursor = undefined
    const scanned = cursor === undefined || query.search ? total : await position(db, query.sort, cursor)
    yield { rows, scanned, total }
  } while (cursor !== undefined)
}

/** Sorted by date received, the rows after this one all fall outside the range. */
function pastRange(sort: CaseSort, range: ReceivedRange, last: Case): boolean {
  if (sort === 'received-asc') return Boolean(range.to && last.received > range.to)
  if (sort === 'received-desc') return Boolean(range.from && last.received < range.from)
  return false
}

/** How many cases the list's index holds up to the cursor: how far through the table the export is. */
function position(db: CasebookDb, sort: CaseSort, cursor: CaseCursor): Promise<number> {
  const index = sort.startsWith('received') ? '[received+id]' : sort.startsWith('name') ? '[nameKey+id]' : ':id'
  const where = db.cases.where(index)
  return (sort.endsWith('desc') ? where.aboveOrEqual(cursor) : where.belowOrEqual(cursor)).count()
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.byteLength
  }
  return bytes
}
