import type { Case, OfficeSettings } from '../../../src/domain/case'
import type { LetterDelivery } from '../../../src/domain/case'
import { LETTER_CALL_LIMITS } from '../../../src/ipc/contract'
import { composeLetter, findTemplate, type ComposedLetter, type TemplateId } from '../../../src/letters'
import type { ComplaintBody } from '../../../src/escalations/bodies'
import { directoryRegulator } from '../../../src/escalations/letter-regulator'
import { deadlineMetByLetter, letterFactsFromCase, suggestedInputs, type LetterInputs } from '../../../src/letters/from-case'
import type { CasebookDb } from '../../db/database'
import { casesInBucket, type DeadlineBucket } from '../../repositories/deadline-queries'
import { issueLetters, safeFileName, type LetterToIssue } from '../../repositories/letters'
import type { Actor } from '../../repositories/cases'
import { renderCombined, renderEach, type LetterRendering } from './api-calls'

/** Which open cases the batch page lists to choose from. */
export type BatchSource = 'received' | DeadlineBucket | 'open'

export const BATCH_SOURCES: Record<Exclude<BatchSource, 'paused'>, string> = {
  received: 'New requests (status Received)',
  overdue: 'Next deadline overdue',
  'this-week': 'Next deadline due this week',
  'next-30-days': 'Next deadline in the next 30 days',
  open: 'All open cases'
}

/** The most cases one batch takes: one combined PDF must stay printable in one go. */
export const BATCH_LIMIT = 500

export async function batchCandidates(db: CasebookDb, source: BatchSource, today: string): Promise<Case[]> {
  if (source === 'received') return db.cases.where('status').equals('received').limit(BATCH_LIMIT).toArray()
  if (source === 'open') return db.cases.where('status').notEqual('closed').limit(BATCH_LIMIT).toArray()
  return casesInBucket(db, source, today, BATCH_LIMIT)
}

/** For each of these cases already sent the template, the date of the latest such letter. */
export async function alreadySent(db: CasebookDb, caseIds: readonly number[], templateId: TemplateId): Promise<Map<number, string>> {
  const sent = new Map<number, string>()
  if (caseIds.length === 0) return sent
  const letters = await db.letters.where('caseId').anyOf([...caseIds]).toArray()
  for (const l of letters) {
    if (l.templateId !== templateId) continue
    const known = sent.get(l.caseId)
    if (!known || known < l.issuedOn) sent.set(l.caseId, l.issuedOn)
  }
  return sent
}

export interface PlannedLetter {
  record: Case
  letter: ComposedLetter
  markDeadline?: string
}

export interface SkippedCase {
  record: Case
  reason: string
  missingFields: string[]
}

/**
 * Composes the template for every chosen case, the shared inputs over each case's own:
 * a letter with any field unfilled is skipped, never issued with a hole.
 */
export function planBatch(
  templateId: TemplateId,
  cases: readonly Case[],
  settings: OfficeSettings,
  today: string,
  shared: LetterInputs,
  markDeadlines: boolean,
  bodies: readonly ComplaintBody[] = []
): { ready: PlannedLetter[]; skipped: SkippedCase[] } {
  const role = findTemplate(templateId)!.regulatorRole
  const ready: PlannedLetter[] = []
  const skipped: SkippedCase[] = []
  for (const record of cases) {
    const inputs = { ...suggestedInputs(templateId, record), ...shared }
    const regulator = directoryRegulator(bodies, role, record.regime, record.jurisdiction || undefined)
    const letter = composeLetter(templateId, letterFactsFromCase(templateId, record, settings, { date: today, inputs, regulator }))
    if (letter.missingFields.length > 0) {
      skipped.push({ record, reason: 'fields missing', missingFields: letter.missingFields })
      continue
    }
    const meets = markDeadlines ? deadlineMetByLetter(templateId, record) : undefined
    ready.push({ record, letter, ...(meets ? { markDeadline: meets.key } : {}) })
  }
  return { ready, skipped }
}

export interface BatchProgress {
  done: number
  total: number
  stage: 'rendering' | 'combining' | 'issuing'
}

export interface BatchResult {
  issued: number
  combined: Uint8Array
  /** Cases left out while rendering: the letter font cannot print part of their letter. */
  unprintable: SkippedCase[]
  fileName: string
}

export class BatchCancelled extends Error {
  override name = 'BatchCancelled'
}

/**
 * Renders the letters in main chunk by chunk (progress moves, and a cancel takes effect
 * between chunks), then the combined PDF for printing, then issues one record per case,
 * all in one transaction: a cancelled or failed batch issues nothing.
 */
export async function runBatch(options: {
  db: CasebookDb
  planned: readonly PlannedLetter[]
  rendering: LetterRendering
  sentBy: LetterDelivery
  actor: Actor
  cancelled: () => boolean
  onProgress: (p: BatchProgress) => void
}): Promise<BatchResult> {
  const { planned, rendering } = options
  const total = planned.length
  const rendered: { plan: PlannedLetter; pdf: Uint8Array }[] = []
  const unprintable: SkippedCase[] = []
  options.onProgress({ done: 0, total, stage: 'rendering' })
  for (let i = 0; i < total; i += LETTER_CALL_LIMITS.perChunk) {
    if (options.cancelled()) throw new BatchCancelled('Cancelled: no letter was issued.')
    const chunk = planned.slice(i, i + LETTER_CALL_LIMITS.perChunk)
    const { files, missingCharacters } = await renderEach(
      chunk.map((p) => p.letter),
      rendering
    )
    chunk.forEach((plan, j) => {
      const missing = missingCharacters[j] ?? []
      if (missing.length > 0) unprintable.push({ record: plan.record, reason: `the letter font cannot print ${missing.join(' ')}`, missingFields: [] })
      else rendered.push({ plan, pdf: files[j]! })
    })
    options.onProgress({ done: Math.min(total, i + chunk.length), total, stage: 'rendering' })
  }
  if (rendered.length === 0) throw new Error('No letter could be rendered: every one has characters the letter font cannot print.')
  if (options.cancelled()) throw new BatchCancelled('Cancelled: no letter was issued.')
  options.onProgress({ done: total, total, stage: 'combining' })
  const { bytes: combined } = await renderCombined(
    rendered.map((r) => r.plan.letter),
    rendering
  )
  if (options.cancelled()) throw new BatchCancelled('Cancelled: no letter was issued.')
  options.onProgress({ done: total, total, stage: 'issuing' })
  const batchId = `${options.actor.now.toISOString()}-${Math.random().toString(36).slice(2, 8)}`
  const requests: LetterToIssue[] = rendered.map(({ plan, pdf }) => ({
    caseId: plan.record.id!,
    letter: plan.letter,
    pdf,
    pageSize: rendering.pageSize,
    sentBy: options.sentBy,
    batchId,
    ...(plan.markDeadline ? { markDeadline: plan.markDeadline } : {})
  }))
  await issueLetters(options.db, requests, options.actor)
  const first = rendered[0]!.plan.letter
  return {
    issued: requests.length,
    combined,
    unprintable,
    fileName: `${safeFileName(`${first.title} – ${requests.length} letters ${first.date}`)}.pdf`
  }
}
