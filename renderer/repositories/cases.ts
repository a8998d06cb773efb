import type { CasebookDb } from '../db/database'
import type { Attachment, Case, FieldChange, HistoryEntry } from '../../src/domain/case'
import { diffFacts, factsFromForm, indexFields, initialFacts, type CaseFacts } from '../../src/domain/case-facts'
import { formatReference } from '../../src/domain/reference'
import { dateInTimeZone } from '../../src/domain/dates'
import { appendHistory, historyOf } from './history'
import { deadlineChanges, emptyClock, withDeadlines } from '../../src/cases/deadline-state'
import { applyCaseEvent, type CaseEvent } from '../../src/cases/case-events'
import type { RequestForm } from '../../src/domain/request-form'
import { getOfficeSettings } from './settings'
import { escalationFieldsOf, resolveLinkedCase } from './escalations'

export interface Actor {
  author: string
  now: Date
  /** The office's time zone: the reference's year is the year it was logged there. */
  timeZone: string
}

export type NewAttachment = Pick<Attachment, 'role' | 'name' | 'mimeType' | 'bytes'>

/**
 * Logs a new case: the next reference for the year, the case, its first
 * history entry and any attachments, in one transaction. IndexedDB runs
 * read-write transactions over the same tables one after another, so two
 * saves racing for a reference each get their own.
 */
export async function createCase(
  db: CasebookDb,
  form: RequestForm,
  actor: Actor,
  attachments: NewAttachment[] = []
): Promise<Case> {
  const facts = factsFromForm(form)
  return db.transaction('rw', [db.counters, db.cases, db.events, db.attachments, db.settings], async () => {
    await resolveLinkedCase(db, facts)
    const officeTarget = facts.kind === 'complaint' ? { officeTargetDays: (await getOfficeSettings(db)).complaintTargetDays } : {}
    const year = Number(dateInTimeZone(actor.now, actor.timeZone).slice(0, 4))
    const key = `reference-${year}`
    const counter = await db.counters.get(key)
    const sequence = (counter?.value ?? 0) + 1
    await db.counters.put({ key, value: sequence })
    const reference = formatReference(year, sequence)
    const at = actor.now.toISOString()
    const base = {
      ...facts,
      ...indexFields(reference, facts),
      ...officeTarget,
      reference,
      status: 'received' as const,
      escalations: [],
      escalationBodies: [],
      escalationOutcomes: [],
      clock: emptyClock(),
      createdAt: at,
      updatedAt: at
    }
    const record: Case = { ...base, ...withDeadlines(base) }
    const id = (await db.cases.add(record)) as number
    const due = record.deadlines.map((d) => ({ field: `deadline.${d.key}`, label: `Due: ${d.label}`, from: '', to: d.due }))
    await appendHistory(db, { caseId: id, at, author: actor.author, action: 'Case logged', changes: [...initialFacts(facts), ...due] })
    for (const file of attachments) {
      await db.attachments.add({ ...file, caseId: id, size: file.bytes.byteLength, addedAt: at })
    }
    return { ...record, id }
  })
}

const sameRights = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r))

/** Saves an edit of a case's facts with a history entry of every field changed (old → new). */
export async function updateCaseFacts(
  db: CasebookDb,
  id: number,
  form: RequestForm,
  actor: Actor
): Promise<{ record: Case; changes: FieldChange[] }> {
  const facts = factsFromForm(form)
  return db.transaction('rw', [db.cases, db.events], async () => {
    const before = await db.cases.get(id)
    if (!before) throw new Error(`Case ${id} no longer exists; it may have been deleted in another window.`)
    await resolveLinkedCase(db, facts, id)
    const changes = diffFacts(before, facts)
    if (changes.length === 0) return { record: before, changes }
    if (before.status === 'closed' && !sameRights(before.rights, facts.rights))
      throw new Error('This case was closed with an outcome for the rights it asked for. Reopen it before changing the rights, then close it again with their outcomes.')
    const at = actor.now.toISOString()
    const edited: Case = { ...escalationFieldsOf(before), ...before, ...facts, ...indexFields(before.reference, facts), updatedAt: at }
    const after: Case = { ...edited, ...withDeadlines(edited) }
    changes.push(...deadlineChanges(before, after))
    await db.cases.put(after)
    await appendHistory(db, { caseId: id, at, author: actor.author, action: 'Case details edited', changes })
    return { record: after, changes }
  })
}

/** Records an event (identity received, clarification asked, extension, status…) with its history entry and new deadlines. */
export async function recordCaseEvent(db: CasebookDb, id: number, event: CaseEvent, actor: Actor): Promise<Case> {
  return db.transaction('rw', [db.cases, db.events], async () => {
    const before = await db.cases.get(id)
    if (!before) throw new Error(`Case ${id} no longer exists; it may have been deleted in another window.`)
    const today = dateInTimeZone(actor.now, actor.timeZone)
    const { next, action, changes } = applyCaseEvent(before, event, today)
    const at = actor.now.toISOString()
    await db.cases.put({ ...next, updatedAt: at })
    await appendHistory(db, { caseId: id, at, author: actor.author, action, changes })
    return next
  })
}

export function getCase(db: CasebookDb, id: number): Promise<Case | undefined> {
  return db.cases.get(id)
}

export function caseHistory(db: CasebookDb, caseId: number): Promise<HistoryEntry[]> {
  return historyOf(db, caseId).then((rows) => rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)))
}

export function caseAttachments(db: CasebookDb, caseId: number): Promise<Attachment[]> {
  return db.attachments.where('caseId').equals(caseId).toArray()
}

export type { CaseFacts }
