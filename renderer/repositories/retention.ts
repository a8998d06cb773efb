import Dexie, { type Table } from 'dexie'
import type { CasebookDb } from '../db/database'
import type { Case } from '../../src/domain/case'
import { dateInTimeZone } from '../../src/domain/dates'
import { closedOnOrBefore, isDueForDeletion, keptUntil } from '../../src/retention/retention-period'
import { liftLegalHold, placeLegalHold, type HoldChange } from '../../src/retention/legal-hold'
import type { PurgeRecord } from '../../src/retention/purge-log'
import type { Actor } from './cases'
import { appendHistory } from './history'
import { deletionBlockers } from './escalations'

export interface RetentionReview {
  /** Closed cases past the retention period and not on legal hold, oldest closing first. */
  due: Case[]
  /** Closed cases past the period that a legal hold keeps. */
  held: Case[]
  /** Closed cases past the period that cannot go yet: a complaint refers to them, or an escalation awaits its outcome. */
  blocked: { record: Case; reasons: string[] }[]
}

const byClosing = (a: Case, b: Case) => (a.closedOn! < b.closedOn! ? -1 : a.closedOn! > b.closedOn! ? 1 : a.id! - b.id!)

/** The closed cases past the retention period today, through the closedOn index. */
export async function reviewRetention(db: CasebookDb, years: number, today: string): Promise<RetentionReview> {
  const candidates = await db.cases.where('closedOn').belowOrEqual(closedOnOrBefore(today, years)).toArray()
  const past = candidates.filter((c) => isDueForDeletion({ ...c, legalHold: undefined }, years, today)).sort(byClosing)
  const due: Case[] = []
  const blocked: RetentionReview['blocked'] = []
  for (const c of past.filter((x) => !x.legalHold)) {
    const reasons = await deletionBlockers(db, c.id!)
    if (reasons.length) blocked.push({ record: c, reasons })
    else due.push(c)
  }
  return { due, held: past.filter((c) => c.legalHold), blocked }
}

/** A table that holds rows of a case, and how to find them: by an index on caseId (or one starting with it), or by its key. */
interface CaseLinkedTable {
  table: Table
  find: 'index' | 'compound' | 'key'
  index: string
}

/**
 * Every table besides `cases` whose rows belong to a case, read from the
 * schema itself, so a table added later (letters, tasks…) is purged too.
 */
export function caseLinkedTables(db: CasebookDb): CaseLinkedTable[] {
  const linked: CaseLinkedTable[] = []
  for (const table of db.tables) {
    if (table.name === db.cases.name) continue
    const { primKey, indexes } = table.schema
    const simple = indexes.find((i) => i.keyPath === 'caseId')
    const compound = indexes.find((i) => Array.isArray(i.keyPath) && i.keyPath[0] === 'caseId')
    if (primKey.keyPath === 'caseId') linked.push({ table, find: 'key', index: primKey.name })
    else if (simple) linked.push({ table, find: 'index', index: simple.name })
    else if (compound) linked.push({ table, find: 'compound', index: compound.name })
  }
  return linked
}

async function deleteRowsOf(linked: CaseLinkedTable, caseId: number): Promise<void> {
  const { table, find, index } = linked
  if (find === 'key') await table.delete(caseId)
  else if (find === 'index') await table.where(index).equals(caseId).delete()
  else await table.where(index).between([caseId, Dexie.minKey], [caseId, Dexie.maxKey], true, true).delete()
}

export interface PurgeResult {
  deleted: number
  /** Cases asked for that were no longer due when the purge ran (reopened, or put on legal hold meanwhile): kept. */
  kept: number
  record?: PurgeRecord
}

/**
 * Deletes for good each case that is still due for deletion, with every row
 * of it in every table (history, letters, attachments…), in one transaction,
 * and writes one anonymous line to the purge log. A fault leaves everything
 * as it was.
 */
export async function purgeCases(
  db: CasebookDb,
  ids: readonly number[],
  confirmedBy: string,
  years: number,
  actor: Pick<Actor, 'now' | 'timeZone'>
): Promise<PurgeResult> {
  const today = dateInTimeZone(actor.now, actor.timeZone)
  const linked = caseLinkedTables(db)
  return db.transaction('rw', [db.cases, db.purges, ...linked.map((l) => l.table)], async () => {
    let deleted = 0
    for (const id of new Set(ids)) {
      const c = await db.cases.get(id)
      if (!c || !isDueForDeletion(c, years, today)) continue
      // A request a complaint refers to, or one with an escalation still open, stays (issue: never lose what a body may ask for).
      if ((await deletionBlockers(db, id)).length) continue
      for (const table of linked) await deleteRowsOf(table, id)
      await db.cases.delete(id)
      deleted++
    }
    const kept = new Set(ids).size - deleted
    if (deleted === 0) return { deleted, kept }
    const record: PurgeRecord = { at: actor.now.toISOString(), count: deleted, confirmedBy, retentionYears: years }
    record.id = (await db.purges.add(record)) as number
    return { deleted, kept, record }
  })
}

/** The purge log, newest first. */
export function purgeLog(db: CasebookDb): Promise<PurgeRecord[]> {
  return db.purges.orderBy('at').reverse().toArray()
}

async function changeHold(db: CasebookDb, id: number, actor: Actor, change: (c: Case, today: string) => HoldChange): Promise<Case> {
  return db.transaction('rw', [db.cases, db.events], async () => {
    const before = await db.cases.get(id)
    if (!before) throw new Error(`Case ${id} no longer exists; it may have been deleted in another window.`)
    const { next, action, changes } = change(before, dateInTimeZone(actor.now, actor.timeZone))
    const at = actor.now.toISOString()
    await db.cases.put({ ...next, updatedAt: at })
    await appendHistory(db, { caseId: id, at, author: actor.author, action, changes })
    return next
  })
}

/** Puts a case on legal hold, with its reason, recorded in the history. */
export function putOnLegalHold(db: CasebookDb, id: number, reason: string, actor: Actor): Promise<Case> {
  return changeHold(db, id, actor, (c, today) => placeLegalHold(c, reason, today, actor.author))
}

/** Lifts a case's legal hold, recorded in the history. */
export function endLegalHold(db: CasebookDb, id: number, actor: Actor): Promise<Case> {
  return changeHold(db, id, actor, (c) => liftLegalHold(c))
}

export { keptUntil }
