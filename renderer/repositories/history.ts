import Dexie from 'dexie'
import type { CasebookDb } from '../db/database'
import type { HistoryEntry } from '../../src/domain/case'
import { CHAIN_START, entryHash, verifyCaseChain, type ChainBreak } from '../../src/history/chain'

export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'hash' | 'prevHash'>

/**
 * Appends an entry to a case's history, chained to the entry before it, and
 * records the new head on the case. Call it inside the transaction that
 * changes the case (its scope must include cases and events), after the
 * case itself is written.
 */
export async function appendHistory(db: CasebookDb, entry: NewHistoryEntry): Promise<HistoryEntry> {
  const last = await db.events.where('caseId').equals(entry.caseId).last()
  const prevHash = last?.hash ?? CHAIN_START
  const hash = entryHash(entry, prevHash)
  const stored: HistoryEntry = { ...entry, prevHash, hash }
  const id = (await db.events.add(stored)) as number
  await db.cases.update(entry.caseId, { historyHead: hash })
  return { ...stored, id }
}

/** One case's history, oldest first. */
export async function historyOf(db: CasebookDb, caseId: number): Promise<HistoryEntry[]> {
  return db.events.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray()
}

export interface VerifyReport {
  casesChecked: number
  entriesChecked: number
  /** The first broken entry found, with the case's reference. */
  broken?: ChainBreak & { reference: string }
}

/** Checks every case's history chain, case by case, and names the first broken entry. */
export async function verifyHistory(db: CasebookDb, onProgress?: (done: number, total: number) => void): Promise<VerifyReport> {
  const total = await db.cases.count()
  let casesChecked = 0
  let entriesChecked = 0
  const keys = (await db.cases.toCollection().primaryKeys()) as number[]
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500)
    const cases = await db.cases.bulkGet(chunk)
    const events = await db.events.where('caseId').anyOf(chunk).toArray()
    const byCase = new Map<number, HistoryEntry[]>()
    for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e])
    for (const c of cases) {
      if (!c?.id) continue
      const entries = (byCase.get(c.id) ?? []).sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
      const broken = verifyCaseChain(c.id, entries, c.historyHead)
      entriesChecked += entries.length
      casesChecked++
      if (broken) return { casesChecked, entriesChecked, broken: { ...broken, reference: c.reference } }
    }
    onProgress?.(casesChecked, total)
  }
  return { casesChecked, entriesChecked }
}
