import { EscalationError } from '../../../src/escalations/events'

/** Splits a refused escalation into messages by field; anything else becomes one general message. */
export function issuesOf(e: unknown): { byField: Record<string, string>; general: string | null } {
  if (e instanceof EscalationError) return { byField: Object.fromEntries(e.issues.map((i) => [i.field, i.message])), general: null }
  return { byField: {}, general: e instanceof Error ? e.message : String(e) }
}
