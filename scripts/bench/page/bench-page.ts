import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { withSearchHeads } from '../../../renderer/db/search-heads'
import { listCases, type CaseSort } from '../../../renderer/repositories/case-list'
import { casesInBucket } from '../../../renderer/repositories/deadline-queries'
import { checkBackup, makeBackup, restoreBackup } from '../../../renderer/repositories/backup'
import { exportCaseLog } from '../../../renderer/repositories/export'
import { CASE_LOG_HEADERS, caseLogRow } from '../../../src/export/case-log-row'
import Papa from 'papaparse'
import type { Case, HistoryEntry } from '../../../src/domain/case'
import { generateOffice } from './generate'

/**
 * Runs inside Chromium on the harness's origin, so it works on the very
 * database the app opens. Each function answers milliseconds (or counts).
 */
let office: { cases: Case[]; events: HistoryEntry[] } | undefined
let db: CasebookDb | undefined
let backup: Uint8Array | undefined

function open(): CasebookDb {
  db ??= openCasebookDb()
  return db
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

const bench = {
  generate(n: number) {
    office = generateOffice(n)
    return office.cases.length
  },

  /** The app's way of writing many cases at once: Dexie bulkAdd in chunks, in one transaction. */
  async seed(staffName: string) {
    const d = open()
    const { cases, events } = office!
    await d.transaction('rw', d.tables, async () => {
      for (const t of d.tables) await t.clear()
      for (let i = 0; i < cases.length; i += 5000) await d.cases.bulkAdd(cases.slice(i, i + 5000))
      for (let i = 0; i < events.length; i += 5000) await d.events.bulkAdd(events.slice(i, i + 5000))
      await d.settings.put({ key: 'office', value: { staffName, organisationName: 'Northwind Trading Ltd', organisationAddress: '', privacyEmail: '', timeZone: 'Europe/London', dailyReminders: false } })
      await d.counters.put({ key: 'reference-2026', value: cases.length })
    })
    return cases.length
  },

  /**
   * The baseline for writing: a raw IndexedDB put loop of the same records in
   * one transaction, into the same object stores with the same indexes.
   */
  async rawPut() {
    const d = open()
    await d.transaction('rw', d.tables, async () => {
      for (const t of d.tables) await t.clear()
    })
    const raw = d.backendDB()
    const started = performance.now()
    await new Promise<void>((done, fail) => {
      const tx = raw.transaction(['cases', 'events'], 'readwrite', { durability: 'strict' })
      const cases = tx.objectStore('cases')
      const events = tx.objectStore('events')
      // The same records the app writes: with the search heads its database derives.
      for (const c of office!.cases) cases.put(withSearchHeads(c))
      for (const e of office!.events) events.put(e)
      tx.oncomplete = () => done()
      tx.onerror = () => fail(tx.error)
    })
    return performance.now() - started
  },

  /** Makes the backup file of the seeded office that the import benchmark restores. */
  async makeBackupFile() {
    backup = await makeBackup(open(), 'bench')
    return backup.byteLength
  },

  /** Restoring the backup into an emptied database, as Settings → Restore does: check it all, then replace. */
  async restore() {
    const d = open()
    await d.transaction('rw', d.tables, async () => {
      for (const t of d.tables) await t.clear()
    })
    const started = performance.now()
    await restoreBackup(d, await checkBackup(d, backup!))
    return performance.now() - started
  },

  /** The whole case log as the app exports it: read in chunks through the index, neutralised, encoded. */
  exportCsv: () => timed(() => exportCaseLog(open(), { cases: 'all' }, {}, { pause: async () => undefined })),

  /** The baseline: papaparse unparse of the same rows, read in one go, not neutralised. */
  unparse: () =>
    timed(async () => {
      const cases = await open().cases.toArray()
      new TextEncoder().encode(Papa.unparse([CASE_LOG_HEADERS as string[], ...cases.map(caseLogRow)], { newline: '\r\n' }))
    }),

  firstPage: () => timed(() => listCases(open(), { sort: 'received-desc' })),
  search: (term: string, sort: CaseSort = 'received-desc') => timed(() => listCases(open(), { sort, search: term })),
  filtered: () => timed(() => listCases(open(), { sort: 'name-asc', status: 'in-progress' })),
  dueSoon: (today: string) =>
    timed(() => Promise.all([casesInBucket(open(), 'overdue', today), casesInBucket(open(), 'this-week', today)])),

  close() {
    db?.close()
    db = undefined
  }
}

declare global {
  interface Window {
    bench: typeof bench
    benchReady: boolean
  }
}
window.bench = bench
window.benchReady = true
