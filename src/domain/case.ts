import type { RightOutcomes } from './right-outcomes'
import type { SearchHead } from './search-heads'
import type { Channel } from './channels'
import type { Right } from './rights'
import type { Regime } from './regimes'
import type { Outcome, Status } from './status'
import type { Requester } from './request-form'
import type { Escalation } from '../escalations/types'
import type { ComposedLetter } from '../letters/compose'

export type CaseKind = 'request' | 'complaint'

/** A case as stored: the facts the office recorded, plus fields kept for indexing. */
export interface Case {
  id?: number
  reference: string
  kind: CaseKind
  channel: Channel
  /** The day it reached the office (for post, the day it arrived), in the office's time zone. */
  received: string
  requester: Requester
  rights: Right[]
  otherRight: string
  regime: Regime
  /** UK nation, EU member state or US state, where the regime needs one. */
  jurisdiction: string
  regimeOther: string
  summary: string
  notes: string
  status: Status
  outcome?: Outcome
  /** Closed partly fulfilled: what became of each right it asked for. */
  rightOutcomes?: RightOutcomes
  /** Why a request was refused (whole or part). */
  refusalReason?: string
  closedOn?: string
  /** A complaint: the request case it is about. */
  linkedCaseId?: number
  /** Its reference, as it was when the link was made (shown if the request is gone). */
  linkedReference?: string
  /** A complaint: the office's own target for answering it, in days, as set when it was logged. */
  officeTargetDays?: number
  /** Matters taken to an outside body (AAA, ICO…); missing means none. */
  escalations?: Escalation[]
  /** On legal hold the case is never due for deletion, whatever its retention period. */
  legalHold?: { since: string; reason: string; by: string }
  /** The facts that start, pause and extend the statutory clock. */
  clock: CaseClock
  /** The statutory deadlines computed from the facts, never typed in; recomputed on every change. */
  deadlines: StoredDeadline[]
  /** Notes on deadlines that do not apply (e.g. no statutory period for "Other"). */
  deadlineNotes: string[]
  /** The earliest due date among the deadlines, while the case is open and its clock runs, or a body's reply date still awaited (indexed). */
  nextDue?: string
  /** The day the clock stopped, while it is stopped (indexed). */
  pausedSince?: string
  createdAt: string
  updatedAt: string
  /** The hash of the case's latest history entry, so that a history cut short is detected too. */
  historyHead?: string
  /** Index fields, derived from the facts above on every write. */
  searchTokens: string[]
  nameKey: string
  /** Derived from searchTokens, received and nameKey by the database on every write (renderer/db/search-heads.ts); never in a backup. */
  searchHeads?: SearchHead[]
  /** The bodies the case was escalated to, and their outcomes ('pending' while awaited): index fields. */
  escalationBodies?: string[]
  escalationOutcomes?: string[]
}

export interface CaseClock {
  identityRequested?: string
  identityReceived?: string
  feeRequested?: string
  feePaid?: string
  /** Stop-the-clock periods; the last may still be open (no received date yet). */
  clarifications: { requested: string; received?: string }[]
  extension?: { applied: string; reason: string }
  /** The day each deadline was met (e.g. the acknowledgement sent), by deadline key. */
  met: Record<string, string>
}

export interface StoredDeadline {
  key: string
  label: string
  due: string
  unadjusted: string
  start: string
  steps: string[]
  citation: string
}

/** One entry in a case's append-only history: who did what, when, and what changed. */
export interface HistoryEntry {
  id?: number
  caseId: number
  at: string
  author: string
  action: string
  changes: FieldChange[]
  /** SHA-256 of the entry before it (zeros for the first): the history is a tamper-evident chain. */
  prevHash: string
  /** SHA-256 of this entry's content and prevHash. */
  hash: string
}

export interface FieldChange {
  field: string
  label: string
  from: string
  to: string
}

export interface Attachment {
  id?: number
  caseId: number
  role: 'original-email' | 'email-attachment'
  name: string
  mimeType: string
  size: number
  bytes: Uint8Array
  addedAt: string
}

export interface OfficeSettings {
  organisationName: string
  organisationAddress: string
  privacyEmail: string
  staffName: string
  timeZone: string
  /** A desktop notification once a day for cases that became overdue or fall due tomorrow. */
  dailyReminders: boolean
  /** The office's own target for answering a complaint, in days after receipt. */
  complaintTargetDays: number
  /** How many years a case is kept after it is closed, then offered for deletion. */
  retentionYears: number
  /** Who signs the office's letters, and their title. */
  signatoryName: string
  signatoryTitle: string
  /** The paper letters are printed on. */
  letterPageSize: 'A4' | 'LETTER'
  /** Printed on the letterhead when given. */
  organisationPhone: string
  organisationWebsite: string
}

export const DEFAULT_SETTINGS: OfficeSettings = {
  organisationName: '',
  organisationAddress: '',
  privacyEmail: '',
  staffName: '',
  timeZone: 'Europe/London',
  retentionYears: 3,
  dailyReminders: true,
  complaintTargetDays: 30,
  signatoryName: '',
  signatoryTitle: '',
  letterPageSize: 'A4',
  organisationPhone: '',
  organisationWebsite: ''
}

export type LetterDelivery = 'post' | 'email' | 'hand'

/** A letter as issued: kept forever, never altered (a correction is a new letter). */
export interface IssuedLetter {
  id?: number
  caseId: number
  /** The case's reference, as on the letter. */
  reference: string
  templateId: string
  title: string
  /** The structured letter as issued, after the user's edits (a ComposedLetter). */
  content: ComposedLetter
  /** The PDF exactly as issued, and its SHA-256 in hex. */
  pdf: Uint8Array
  sha256: string
  pageSize: 'A4' | 'LETTER'
  /** The date printed on the letter. */
  issuedOn: string
  /** The moment it was issued. */
  issuedAt: string
  issuedBy: string
  sentBy: LetterDelivery
  /** The letters issued together in one batch share this id. */
  batchId?: string
  /** The deadline the letter met, when issuing it marked one done. */
  deadlineMet?: string
}
