import { z } from 'zod'
import { CHANNELS } from '../domain/channels'
import { isIsoDate } from '../domain/dates'
import { REGIMES } from '../domain/regimes'
import { RIGHTS } from '../domain/rights'
import { OUTCOMES, STATUSES } from '../domain/status'

/**
 * What each table's records must look like to be restored. Objects are
 * loose (fields added later are kept, not stripped) but every field the app
 * reads is checked. A table with no schema here is still checked for a
 * valid primary key and safe values (check-tables.ts); add its schema here.
 */
const date = z.string().refine(isIsoDate, { message: 'is not a calendar date' })
const instant = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), { message: 'is not a date and time' })
const id = z.number().int().positive()
const text = z.string()

const requester = z.looseObject({ name: text, email: text, postalAddress: text, phone: text })

const clock = z.looseObject({
  identityRequested: date.optional(),
  identityReceived: date.optional(),
  feeRequested: date.optional(),
  feePaid: date.optional(),
  clarifications: z.array(z.looseObject({ requested: date, received: date.optional() })),
  extension: z.looseObject({ applied: date, reason: text }).optional(),
  met: z.record(z.string(), date)
})

const deadline = z.looseObject({
  key: text,
  label: text,
  due: date,
  unadjusted: date,
  start: date,
  steps: z.array(text),
  citation: text
})

export const caseRow = z.looseObject({
  id,
  reference: z.string().regex(/^PR-\d{4}-\d{4,}$/, { message: 'is not a case reference' }),
  kind: z.string().min(1).max(40),
  channel: z.enum(CHANNELS),
  received: date,
  requester,
  rights: z.array(z.enum(RIGHTS)),
  otherRight: text,
  regime: z.enum(REGIMES),
  jurisdiction: text,
  regimeOther: text,
  summary: text,
  notes: text,
  status: z.enum(STATUSES),
  outcome: z.enum(OUTCOMES).optional(),
  rightOutcomes: z.partialRecord(z.enum(RIGHTS), z.enum(OUTCOMES)).optional(),
  refusalReason: text.optional(),
  closedOn: date.optional(),
  clock,
  deadlines: z.array(deadline),
  deadlineNotes: z.array(text),
  nextDue: date.optional(),
  pausedSince: date.optional(),
  createdAt: instant,
  updatedAt: instant,
  searchTokens: z.array(text),
  nameKey: text
})

export const historyEntryRow = z.looseObject({
  id,
  caseId: id,
  at: instant,
  author: text,
  action: text,
  changes: z.array(z.looseObject({ field: text, label: text, from: text, to: text }))
})

export const attachmentRow = z
  .looseObject({
    id,
    caseId: id,
    role: z.string().min(1).max(60),
    name: text,
    mimeType: text,
    size: z.number().int().min(0),
    bytes: z.instanceof(Uint8Array, { message: 'holds no file contents' }),
    addedAt: instant
  })
  .refine((row) => row.size === row.bytes.byteLength, { message: 'its size does not match its contents', path: ['size'] })

export const settingRow = z.looseObject({ key: z.string().min(1), value: z.unknown() })
export const draftRow = z.looseObject({ key: z.string().min(1), value: z.unknown(), savedAt: instant })
export const counterRow = z.looseObject({ key: z.string().min(1), value: z.number().int().min(0) })

export const letterRow = z.looseObject({
  id,
  caseId: id,
  reference: text,
  templateId: text,
  title: text,
  content: z.looseObject({}),
  pdf: z.instanceof(Uint8Array, { message: 'holds no PDF' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'is not a SHA-256' }),
  pageSize: z.enum(['A4', 'LETTER']),
  issuedOn: date,
  issuedAt: instant,
  issuedBy: text,
  sentBy: text,
  batchId: text.optional(),
  deadlineMet: text.optional()
})

export const purgeRow = z.looseObject({ id, at: instant, count: z.number().int().min(0), confirmedBy: text, retentionYears: z.number().min(0) })

export const bodyRow = z.looseObject({
  id: z.string().min(1),
  name: text,
  shortName: text,
  kind: z.string().min(1),
  address: text,
  phone: text,
  hours: text,
  email: text,
  website: text
})

export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  cases: caseRow,
  events: historyEntryRow,
  attachments: attachmentRow,
  letters: letterRow,
  settings: settingRow,
  drafts: draftRow,
  counters: counterRow,
  purges: purgeRow,
  bodies: bodyRow
}

/** What one record of each table is called, in messages. */
export const RECORD_NAMES: Readonly<Record<string, string>> = {
  cases: 'case',
  events: 'history entry',
  attachments: 'attached file',
  settings: 'setting',
  drafts: 'draft',
  counters: 'reference counter',
  letters: 'letter',
  purges: 'deletion log entry',
  bodies: 'complaint body'
}

export function recordName(table: string): string {
  return Object.hasOwn(RECORD_NAMES, table) ? RECORD_NAMES[table]! : `record of the "${table}" table`
}

export function recordsName(table: string): string {
  if (!Object.hasOwn(RECORD_NAMES, table)) return `records of the "${table}" table`
  const name = RECORD_NAMES[table]!
  return name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`
}

export function rowSchemaOf(table: string): z.ZodType {
  return Object.hasOwn(ROW_SCHEMAS, table) ? ROW_SCHEMAS[table]! : z.looseObject({})
}
