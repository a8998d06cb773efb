import type { StoredDeadline } from '../domain/case'
import { formatDateLong } from '../domain/dates'
import { bodyShortPhrase } from './bodies'
import type { Escalation } from './types'

export const ESCALATION_DEADLINE_PREFIX = 'escalation-'

export function escalationDeadlineKey(escalation: Pick<Escalation, 'id'>): string {
  return `${ESCALATION_DEADLINE_PREFIX}${escalation.id}`
}

export function isEscalationDeadline(key: string): boolean {
  return key.startsWith(ESCALATION_DEADLINE_PREFIX)
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/**
 * The date each body asked for a reply by. Never computed: the body sets it
 * in its letter and the office enters it (DOMAIN.md, "ICO case").
 */
export function escalationDeadlines(escalations: readonly Escalation[]): StoredDeadline[] {
  return escalations.flatMap((e) => {
    if (!e.replyBy) return []
    const body = bodyShortPhrase(e.body)
    const reference = e.bodyReference ? ` (${e.bodyReference})` : ''
    const their = e.bodyReference ? `, their reference ${e.bodyReference}` : ''
    return [
      {
        key: escalationDeadlineKey(e),
        label: `Reply to ${body}${reference}`,
        due: e.replyBy,
        unadjusted: e.replyBy,
        start: e.letterReceived,
        steps: [
          `Rule: no statutory period applies. ${capitalised(body)} sets the date by which it wants a reply, and the office enters it from the letter; the app does not compute or move it.`,
          `The letter from ${body}${their}, arrived on ${formatDateLong(e.letterReceived)}.`,
          `It asks for a reply by ${formatDateLong(e.replyBy)}.`,
          `Deadline: ${formatDateLong(e.replyBy)}, as set by the letter received on ${formatDateLong(e.letterReceived)}.`
        ],
        citation: `Set by ${e.body.name}${e.bodyReference ? `, case ${e.bodyReference}` : ''}`
      }
    ]
  })
}

/**
 * The reply dates that still count: the escalation has no outcome yet and no
 * reply has been sent (the first documents sent after the letter mark it met).
 */
export function pendingEscalationDues(escalations: readonly Escalation[], met: Record<string, string>): string[] {
  return escalations
    .filter((e) => e.replyBy && e.outcome === undefined && met[escalationDeadlineKey(e)] === undefined)
    .map((e) => e.replyBy!)
}

/** The index fields the case list filters on: which bodies, and which outcomes ('pending' while one is awaited). */
export function escalationIndexFields(escalations: readonly Escalation[]): { escalationBodies: string[]; escalationOutcomes: string[] } {
  return {
    escalationBodies: [...new Set(escalations.map((e) => e.body.id))],
    escalationOutcomes: [...new Set(escalations.map((e) => e.outcome ?? 'pending'))]
  }
}
