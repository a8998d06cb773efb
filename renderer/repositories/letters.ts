import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { CasebookDb } from '../db/database'
import type { Case, FieldChange, IssuedLetter, LetterDelivery } from '../../src/domain/case'
import { dateInTimeZone } from '../../src/domain/dates'
import { applyCaseEvent } from '../../src/cases/case-events'
import { holesIn, type ComposedLetter } from '../../src/letters'
import { appendHistory } from './history'
import type { Actor } from './cases'

export const DELIVERY_LABELS: Record<LetterDelivery, string> = { post: 'Post', email: 'Email', hand: 'By hand' }

/** Every [[field]] still in the letter: a letter with one is never issued. */
export function holesInLetter(letter: ComposedLetter): string[] {
  return holesIn(letter)
}

/** The letter with the user's wording: the subject and paragraphs as edited, blank paragraphs dropped. */
export function withEdits(letter: ComposedLetter, edits: { subject: string; paragraphs: string[] }): ComposedLetter {
  const edited: ComposedLetter = {
    ...letter,
    subject: edits.subject.trim(),
    paragraphs: edits.paragraphs.map((p) => p.replace(/\r\n?/g, '\n').trim()).filter(Boolean)
  }
  return { ...edited, missingFields: holesInLetter(edited) }
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

export interface LetterToIssue {
  caseId: number
  letter: ComposedLetter
  pdf: Uint8Array
  pageSize: 'A4' | 'LETTER'
  sentBy: LetterDelivery
  /** The key of the case deadline this letter meets, to mark it done on the letter's date. */
  markDeadline?: string
  batchId?: string
}

export class LetterNotIssuedError extends Error {
  override name = 'LetterNotIssuedError'
}

function checkIssuable(request: LetterToIssue, c: Case | undefined): asserts c is Case {
  if (!c) throw new LetterNotIssuedError(`Case ${request.caseId} no longer exists; the letter was not issued.`)
  const holes = holesInLetter(request.letter)
  if (holes.length > 0) {
    throw new LetterNotIssuedError(`The letter still has fields to fill (${holes.join(', ')}); it was not issued.`)
  }
  if (request.letter.reference !== c.reference) {
    throw new LetterNotIssuedError(`The letter is for ${request.letter.reference}, not for case ${c.reference}; it was not issued.`)
  }
  if (new TextDecoder().decode(request.pdf.subarray(0, 5)) !== '%PDF-') {
    throw new LetterNotIssuedError('The letter’s PDF is missing or damaged; it was not issued.')
  }
}

async function issueOne(db: CasebookDb, request: LetterToIssue, actor: Actor): Promise<IssuedLetter> {
  const before = await db.cases.get(request.caseId)
  checkIssuable(request, before)
  const { letter } = request
  const at = actor.now.toISOString()
  const hash = sha256Hex(request.pdf)
  const record: IssuedLetter = {
    caseId: request.caseId,
    reference: before.reference,
    templateId: letter.templateId,
    title: letter.title,
    content: structuredClone(letter),
    pdf: request.pdf.slice(),
    sha256: hash,
    pageSize: request.pageSize,
    issuedOn: letter.date,
    issuedAt: at,
    issuedBy: actor.author,
    sentBy: request.sentBy,
    ...(request.batchId ? { batchId: request.batchId } : {}),
    ...(request.markDeadline ? { deadlineMet: request.markDeadline } : {})
  }
  const changes: FieldChange[] = [
    { field: 'letter', label: 'Letter issued', from: '', to: `${letter.title}, dated ${letter.dateText}` },
    { field: 'letter.subject', label: 'Subject', from: '', to: letter.subject },
    { field: 'letter.sentBy', label: 'Sent by', from: '', to: DELIVERY_LABELS[request.sentBy] },
    { field: 'letter.sha256', label: 'PDF SHA-256', from: '', to: hash }
  ]
  let next: Case = before
  if (request.markDeadline) {
    const today = dateInTimeZone(actor.now, actor.timeZone)
    const met = applyCaseEvent(before, { type: 'deadline-met', key: request.markDeadline, date: letter.date }, today)
    next = met.next
    changes.push(...met.changes.map((c) => (c.field.startsWith('clock.met.') ? { ...c, label: `Deadline met: ${c.label}` } : c)))
  }
  const id = (await db.letters.add(record)) as number
  await db.cases.put({ ...next, updatedAt: at })
  await appendHistory(db, { caseId: request.caseId, at, author: actor.author, action: `Letter issued: ${letter.title}`, changes })
  return { ...record, id }
}

/**
 * Issues a letter: the permanent record (its content, PDF and SHA-256), the history
 * entry, and the deadline it meets if asked, in one transaction. There is no update:
 * an issued letter stays as it was; a correction is a new letter.
 */
export async function issueLetter(db: CasebookDb, request: LetterToIssue, actor: Actor): Promise<IssuedLetter> {
  return db.transaction('rw', [db.letters, db.cases, db.events], () => issueOne(db, request, actor))
}

/** Issues a batch, one record and one history entry per case, all or none. */
export async function issueLetters(db: CasebookDb, requests: readonly LetterToIssue[], actor: Actor): Promise<IssuedLetter[]> {
  return db.transaction('rw', [db.letters, db.cases, db.events], async () => {
    const issued: IssuedLetter[] = []
    for (const request of requests) issued.push(await issueOne(db, request, actor))
    return issued
  })
}

/** A case's letters, oldest first. */
export async function caseLetters(db: CasebookDb, caseId: number): Promise<IssuedLetter[]> {
  const rows = await db.letters.where('caseId').equals(caseId).toArray()
  return rows.sort((a, b) => (a.issuedAt === b.issuedAt ? (a.id ?? 0) - (b.id ?? 0) : a.issuedAt < b.issuedAt ? -1 : 1))
}

/** The templates already issued on a case, for the suggestions. */
export async function issuedTemplateIds(db: CasebookDb, caseId: number): Promise<string[]> {
  const rows = await db.letters.where('caseId').equals(caseId).toArray()
  return [...new Set(rows.map((r) => r.templateId))]
}

/** A name every operating system accepts: no path separators, reserved characters or trailing dots. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  const base = cleaned.slice(0, 150) || 'Letter'
  return /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(base) ? `_${base}` : base
}

/** "PR-2026-0042 Acknowledgement of a request 2026-12-01.pdf" */
export function letterFileName(letter: Pick<ComposedLetter, 'reference' | 'title' | 'date'>): string {
  return `${safeFileName(`${letter.reference} ${letter.title} ${letter.date}`)}.pdf`
}

export interface LetterheadLogo {
  bytes: Uint8Array
  name: string
  format: 'png' | 'jpeg'
}

const LOGO_KEY = 'letterhead-logo'

/** The letterhead logo, kept in its own settings row so that the office settings stay small. */
export async function getLetterheadLogo(db: CasebookDb): Promise<LetterheadLogo | undefined> {
  const row = await db.settings.get(LOGO_KEY)
  return (row?.value as LetterheadLogo | undefined) ?? undefined
}

/** Saves a logo that main has checked (letters:check-logo). */
export async function saveLetterheadLogo(db: CasebookDb, logo: LetterheadLogo): Promise<void> {
  await db.settings.put({ key: LOGO_KEY, value: { bytes: logo.bytes.slice(), name: logo.name.slice(0, 255), format: logo.format } })
}

export async function removeLetterheadLogo(db: CasebookDb): Promise<void> {
  await db.settings.delete(LOGO_KEY)
}
