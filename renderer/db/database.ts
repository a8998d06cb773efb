import Dexie, { type EntityTable } from 'dexie'
import type { Attachment, Case, HistoryEntry, IssuedLetter } from '../../src/domain/case'
import type { PurgeRecord } from '../../src/retention/purge-log'
import { DEFAULT_BODIES, type ComplaintBody } from '../../src/escalations/bodies'
import { searchHeadsMiddleware, withSearchHeads } from './search-heads'

export interface SettingRow {
  key: string
  value: unknown
}

export interface DraftRow {
  key: string
  value: unknown
  savedAt: string
}

/** Per-year counters behind case references; a number once taken is never given again. */
export interface CounterRow {
  key: string
  value: number
}

export type CasebookDb = Dexie & {
  cases: EntityTable<Case, 'id'>
  events: EntityTable<HistoryEntry, 'id'>
  attachments: EntityTable<Attachment, 'id'>
  /** Every letter issued, with its PDF and SHA-256: written once, never altered. */
  letters: EntityTable<IssuedLetter, 'id'>
  settings: EntityTable<SettingRow, 'key'>
  drafts: EntityTable<DraftRow, 'key'>
  counters: EntityTable<CounterRow, 'key'>
  /** One anonymous line per deletion of cases past their retention period. */
  purges: EntityTable<PurgeRecord, 'id'>
  /** The directory of bodies complaints escalate to (AAA, ICO…), editable in Settings. */
  bodies: EntityTable<ComplaintBody, 'id'>
}

export const DATABASE_NAME = 'privacy-casebook'

/** The newest schema version this build of the app knows. */
export const SCHEMA_VERSION = 2

/**
 * Every schema version ever released stays declared here with its upgrade,
 * and test/fixtures keeps a backup of each.
 */
export function openCasebookDb(name = DATABASE_NAME): CasebookDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CasebookDb
  db.version(1).stores({
    cases:
      '++id, &reference, received, status, *searchTokens, nextDue, pausedSince, [received+id], [nameKey+id], closedOn, linkedCaseId, *escalationBodies, *escalationOutcomes',
    events: '++id, caseId, [caseId+at]',
    attachments: '++id, caseId',
    letters: '++id, caseId, issuedAt, batchId',
    settings: '&key',
    drafts: '&key',
    purges: '++id, at',
    counters: '&key',
    bodies: '&id, name'
  })
  // Version 2: the search heads index, so a search reads one page in the list's order (issue 8).
  db.version(2)
    .stores({
      cases:
        '++id, &reference, received, status, *searchTokens, *searchHeads, nextDue, pausedSince, [received+id], [nameKey+id], closedOn, linkedCaseId, *escalationBodies, *escalationOutcomes'
    })
    .upgrade((tx) =>
      tx
        .table<Case>('cases')
        .toCollection()
        .modify((c) => {
          c.searchHeads = withSearchHeads(c).searchHeads
        })
    )
  db.use(searchHeadsMiddleware)
  db.on('populate', (tx) => tx.table('bodies').bulkAdd(DEFAULT_BODIES.map((b) => ({ ...b }))))
  return db
}
