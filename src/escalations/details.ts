import type { Case, FieldChange } from '../domain/case'
import { formatDateLong, isIsoDate } from '../domain/dates'
import { bodyShortPhrase } from './bodies'
import { Checks, EMAIL, LIMITS } from './checks'
import type { CaseOfficer, Escalation, EscalationBody } from './types'

/** What the body's letter says, as the office enters it. */
export interface EscalationDetails {
  bodyReference: string
  letterReceived: string
  officer: CaseOfficer
  /** '' when the letter sets no date. */
  replyBy: string
  asks: string
}

type Checked = Pick<Escalation, 'bodyReference' | 'letterReceived' | 'officer' | 'replyBy' | 'asks'>

/** Checks the letter's details against the case (no future dates, no reply date before the letter), trimmed. */
export function checkDetails(
  c: Case,
  body: EscalationBody | undefined,
  d: EscalationDetails,
  today: string,
  checks: Checks,
  selfId?: string
): Checked {
  const bodyReference = checks.line('bodyReference', d.bodyReference, "The body's reference", LIMITS.reference)
  const letterOk = checks.date('letterReceived', d.letterReceived, "the body's letter arrived", today, {
    date: c.received,
    what: `the ${c.kind} was received`
  })
  const officer: CaseOfficer = {
    name: checks.line('officer.name', d.officer.name, "The case officer's name", LIMITS.name),
    email: checks.line('officer.email', d.officer.email, "The case officer's email", LIMITS.email),
    phone: checks.line('officer.phone', d.officer.phone, "The case officer's phone number", LIMITS.phone)
  }
  if (officer.email && !EMAIL.test(officer.email))
    checks.add('officer.email', "Enter the case officer's email in the form name@ico.org.uk, or leave it empty.")
  if (officer.phone && !/^[+()\d\s./-]+$/.test(officer.phone))
    checks.add('officer.phone', 'A phone number may hold only digits, spaces and + ( ) - . / characters.')
  const replyBy = d.replyBy.trim()
  if (replyBy !== '') {
    if (!isIsoDate(replyBy)) checks.add('replyBy', 'Enter the reply date as a real date, such as 2026-03-14, or leave it empty.')
    else if (letterOk && replyBy < d.letterReceived)
      checks.add(
        'replyBy',
        `The reply date (${formatDateLong(replyBy)}) cannot be before the body's letter arrived (${formatDateLong(d.letterReceived)}). Check both dates against the letter.`
      )
  }
  const asks = checks.text('asks', d.asks, 'What the body asks for', LIMITS.asks)
  if (body && bodyReference) {
    const same = (c.escalations ?? []).find(
      (e) => e.id !== selfId && e.body.id === body.id && e.bodyReference.toLowerCase() === bodyReference.toLowerCase()
    )
    if (same) checks.add('bodyReference', `This case already has the escalation to ${bodyShortPhrase(same.body)} with reference ${same.bodyReference}.`)
  }
  return { bodyReference, letterReceived: d.letterReceived, officer, ...(replyBy ? { replyBy } : {}), asks }
}

function officerText(o: CaseOfficer): string {
  return [o.name, o.email, o.phone].filter(Boolean).join(', ')
}

/** The history lines of an escalation's details, old → new (none where nothing changed). */
export function detailChanges(id: string, before: Checked | undefined, after: Checked): FieldChange[] {
  const f = `escalations.${id}`
  const rows: [string, string, (x: Checked) => string][] = [
    ['bodyReference', "Body's reference", (x) => x.bodyReference],
    ['letterReceived', "Body's letter received", (x) => x.letterReceived],
    ['officer', 'Case officer', (x) => officerText(x.officer)],
    ['replyBy', 'Reply by', (x) => x.replyBy ?? ''],
    ['asks', 'What the body asks', (x) => x.asks]
  ]
  return rows
    .map(([field, label, show]) => ({ field: `${f}.${field}`, label, from: before ? show(before) : '', to: show(after) }))
    .filter((ch) => ch.from !== ch.to)
}
