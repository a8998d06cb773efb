import { searchTerms } from './case-candidates'
import type { CasebookDb } from '../db/database'
import type { Case } from '../../src/domain/case'
import type { CaseFacts } from '../../src/domain/case-facts'
import { dateInTimeZone } from '../../src/domain/dates'
import { applyEscalationEvent, type EscalationEvent } from '../../src/escalations/events'
import { escalationIndexFields } from '../../src/escalations/deadlines'
import { bodyShortPhrase } from '../../src/escalations/bodies'
import { appendHistory } from './history'
import type { Actor, NewAttachment } from './cases'

/** The escalation fields of a case, [] where a record predates them. */
export function escalationFieldsOf(c: Pick<Case, 'escalations'>): Pick<Case, 'escalations' | 'escalationBodies' | 'escalationOutcomes'> {
  const escalations = c.escalations ?? []
  return { escalations, ...escalationIndexFields(escalations) }
}

/**
 * Checks that the request a complaint links to exists (and is not the
 * complaint itself), and takes its reference from the database. Call it
 * inside the write's transaction (scope: cases).
 */
export async function resolveLinkedCase(db: CasebookDb, facts: CaseFacts, selfId?: number): Promise<void> {
  if (facts.linkedCaseId === undefined) return
  if (facts.linkedCaseId === selfId) throw new Error('A complaint cannot be linked to itself: choose the request it is about.')
  const linked = await db.cases.get(facts.linkedCaseId)
  if (!linked) throw new Error('The linked request no longer exists (it may have been deleted). Choose the request again, or remove the link.')
  facts.linkedReference = linked.reference
}

/**
 * Records an escalation event (escalated, documents sent, decision) on a case
 * and its history entry, in one transaction; files given (the body's letter,
 * imported as an email) are kept with the case in the same write.
 */
export async function recordEscalationEvent(
  db: CasebookDb,
  id: number,
  event: EscalationEvent,
  actor: Actor,
  files: NewAttachment[] = []
): Promise<Case> {
  return db.transaction('rw', [db.cases, db.events, db.attachments], async () => {
    const before = await db.cases.get(id)
    if (!before) throw new Error(`Case ${id} no longer exists; it may have been deleted in another window.`)
    const today = dateInTimeZone(actor.now, actor.timeZone)
    const { next, action, changes } = applyEscalationEvent(before, event, today)
    const at = actor.now.toISOString()
    await db.cases.put({ ...next, updatedAt: at })
    for (const file of files) {
      await db.attachments.add({ ...file, caseId: id, size: file.bytes.byteLength, addedAt: at })
      changes.push({ field: 'attachments', label: 'File kept with the case', from: '', to: file.name })
    }
    await appendHistory(db, { caseId: id, at, author: actor.author, action, changes })
    return next
  })
}

/** The complaints linked to a case, oldest first. */
export async function complaintsAbout(db: CasebookDb, caseId: number): Promise<Case[]> {
  const rows = await db.cases.where('linkedCaseId').equals(caseId).toArray()
  return rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
}

/** Requests matching what was typed (reference, name or email), for the linked-request picker. */
export async function findRequestsToLink(db: CasebookDb, search: string, limit = 8): Promise<Case[]> {
  const [first, ...rest] = searchTerms(search)
  if (!first) return []
  return db.cases
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((c) => c.kind !== 'complaint' && rest.every((t) => c.searchTokens.some((token) => token.startsWith(t))))
    .limit(limit)
    .toArray()
}

/**
 * Why a case may not be deleted or purged yet, in sentences: the complaints
 * that refer to it, and its escalations still awaiting an outcome. Empty when
 * nothing stands in the way.
 */
export async function deletionBlockers(db: CasebookDb, caseId: number): Promise<string[]> {
  const c = await db.cases.get(caseId)
  if (!c) return []
  const reasons: string[] = []
  const complaints = await complaintsAbout(db, caseId)
  if (complaints.length)
    reasons.push(
      `${complaints.length === 1 ? 'The complaint' : 'The complaints'} ${complaints.map((x) => x.reference).join(', ')} ${complaints.length === 1 ? 'refers' : 'refer'} to ${c.reference}: remove the link first, or deal with the complaint.`
    )
  for (const e of c.escalations ?? []) {
    if (e.outcome === undefined)
      reasons.push(`${c.reference} is escalated to ${bodyShortPhrase(e.body)}${e.bodyReference ? ` (${e.bodyReference})` : ''}, and no outcome is recorded yet.`)
  }
  return reasons
}
