/*
 * The case log as a reviewer reads it: one row per case, the same columns for
 * every case. Values are plain text with ISO dates; making them safe for a
 * spreadsheet is the CSV writer's job (case-log-csv.ts), so no column can
 * forget it.
 */
import { describeRightOutcomes } from '../domain/right-outcomes'
import type { Case } from '../domain/case'
import { CHANNEL_LABELS } from '../domain/channels'
import { jurisdictionLabel, REGIME_LABELS } from '../domain/regimes'
import { RIGHT_SHORT_LABELS } from '../domain/rights'
import { OUTCOME_LABELS, STATUS_LABELS } from '../domain/status'
import { daysBetween } from '../deadlines/calendar-date'
import type { CaseDeadlineKey } from '../deadlines'
import { OFFICE_TARGET_KEY } from '../complaints/office-target'
import { ESCALATION_OUTCOME_LABELS, type Escalation } from '../escalations/types'

/**
 * Every deadline a case can carry, in the order of its columns; a new key
 * fails to compile until it has its columns. A body's reply date (an
 * escalation) has its own columns below.
 */
export const DEADLINE_COLUMN_NAMES: Record<CaseDeadlineKey | typeof OFFICE_TARGET_KEY, string> = {
  acknowledge: 'Acknowledge',
  respond: 'Respond',
  'extension-notice': 'Extension notice',
  'opt-out': 'Sale/sharing opt-out',
  'marketing-opt-out': 'Marketing opt-out',
  'complaint-acknowledge': 'Complaint acknowledgement',
  'complaint-response': 'Complaint response',
  [OFFICE_TARGET_KEY]: 'Office target (complaint)'
}

const DEADLINE_KEYS = Object.keys(DEADLINE_COLUMN_NAMES) as (keyof typeof DEADLINE_COLUMN_NAMES)[]

/** Whether a deadline was met on time: "yes", "no" (late), "open" while pending; empty when the case has no such deadline. */
export type OnTime = 'yes' | 'no' | 'open' | ''

export interface DeadlineCells {
  due: string
  doneOn: string
  onTime: OnTime
}

/**
 * The day a deadline was met: the day recorded for it, or, once the case was
 * responded to or closed, the day of the response (else of the closing).
 */
export function deadlineCells(c: Case, key: string): DeadlineCells {
  const deadline = c.deadlines.find((d) => d.key === key)
  if (!deadline) return { due: '', doneOn: '', onTime: '' }
  const settled = c.status === 'closed' || c.status === 'responded' ? (c.clock.met.respond ?? c.closedOn) : undefined
  const doneOn = c.clock.met[key] ?? settled ?? ''
  const onTime: OnTime = doneOn === '' ? 'open' : doneOn <= deadline.due ? 'yes' : 'no'
  return { due: deadline.due, doneOn, onTime }
}

function rightsText(c: Case): string {
  return c.rights.map((r) => (r === 'other' && c.otherRight ? `Other: ${c.otherRight}` : RIGHT_SHORT_LABELS[r])).join('; ')
}

function jurisdictionText(c: Case): string {
  return c.regime === 'OTHER' ? c.regimeOther : jurisdictionLabel(c.regime, c.jurisdiction)
}

function pausesText(c: Case): string {
  return c.clock.clarifications.map((p) => `${p.requested} to ${p.received ?? '(awaited)'}`).join('; ')
}

/** One value per escalation, in order, joined: "ICO; AAA". */
function perEscalation(c: Case, value: (e: Escalation) => string): string {
  return (c.escalations ?? []).map(value).join('; ')
}

interface Column {
  header: string
  value: (c: Case) => string
}

const COLUMNS: Column[] = [
  { header: 'Reference', value: (c) => c.reference },
  { header: 'Kind', value: (c) => (c.kind === 'complaint' ? 'Complaint' : 'Request') },
  { header: 'Channel', value: (c) => CHANNEL_LABELS[c.channel] ?? c.channel },
  { header: 'Received', value: (c) => c.received },
  { header: 'Requester name', value: (c) => c.requester.name },
  { header: 'Requester email', value: (c) => c.requester.email },
  { header: 'Rights', value: rightsText },
  { header: 'Regime', value: (c) => REGIME_LABELS[c.regime] ?? c.regime },
  { header: 'Jurisdiction', value: jurisdictionText },
  { header: 'Status', value: (c) => STATUS_LABELS[c.status] ?? c.status },
  ...DEADLINE_KEYS.flatMap((key): Column[] => {
    const name = DEADLINE_COLUMN_NAMES[key]
    return [
      { header: `${name}: due`, value: (c) => deadlineCells(c, key).due },
      { header: `${name}: done on`, value: (c) => deadlineCells(c, key).doneOn },
      { header: `${name}: on time`, value: (c) => deadlineCells(c, key).onTime }
    ]
  }),
  { header: 'Extension applied', value: (c) => c.clock.extension?.applied ?? '' },
  { header: 'Extension reason', value: (c) => c.clock.extension?.reason ?? '' },
  { header: 'Clarification pauses', value: pausesText },
  { header: 'Outcome', value: (c) => (c.outcome ? OUTCOME_LABELS[c.outcome] : '') },
  { header: 'Outcome by right', value: (c) => (c.rightOutcomes ? describeRightOutcomes(c.rights, c.rightOutcomes) : '') },
  { header: 'Refusal reason', value: (c) => c.refusalReason ?? '' },
  { header: 'Escalation body', value: (c) => perEscalation(c, (e) => e.body.name) },
  { header: 'Escalation reference', value: (c) => perEscalation(c, (e) => e.bodyReference || 'none given') },
  { header: 'Escalation outcome', value: (c) => perEscalation(c, (e) => (e.outcome ? ESCALATION_OUTCOME_LABELS[e.outcome] : 'pending')) },
  { header: 'Closed on', value: (c) => c.closedOn ?? '' },
  { header: 'Days taken', value: (c) => (c.closedOn ? String(daysBetween(c.received, c.closedOn)) : '') }
]

/** The header row of the case log. */
export const CASE_LOG_HEADERS: readonly string[] = COLUMNS.map((col) => col.header)

/** One case as a row of the case log, in the order of CASE_LOG_HEADERS. */
export function caseLogRow(c: Case): string[] {
  return COLUMNS.map((col) => col.value(c))
}
