import type { Case, CaseClock, FieldChange, StoredDeadline } from '../domain/case'
import { caseDeadlineNotes, caseDeadlines, type CaseFacts as DeadlineFacts } from '../deadlines'
import { escalationDeadlines, pendingEscalationDues } from '../escalations/deadlines'
import { officeTargetDeadline } from '../complaints/office-target'

type ClockedCase = Pick<Case, 'kind' | 'regime' | 'jurisdiction' | 'rights' | 'received' | 'status' | 'clock'> &
  Partial<Pick<Case, 'officeTargetDays' | 'escalations'>>

/** Only UK GDPR stops the clock (Art. 12(3), 12A): awaiting identity, a fee or a clarification. */
export function pausedSince(c: ClockedCase): string | undefined {
  // A complaint's deadlines (s.164A, DPF) have no stop-the-clock rule.
  if (c.regime !== 'UK-GDPR' || c.kind === 'complaint' || c.status === 'closed' || c.status === 'responded') return undefined
  const { clock } = c
  const open = clock.clarifications.find((p) => p.received === undefined)
  const waits = [
    clock.identityRequested && !clock.identityReceived ? clock.identityRequested : undefined,
    clock.feeRequested && !clock.feePaid ? clock.feeRequested : undefined,
    open?.requested
  ].filter((d): d is string => d !== undefined)
  return waits.sort()[0]
}

export function deadlineFacts(c: ClockedCase): DeadlineFacts {
  const { clock } = c
  return {
    kind: c.kind,
    regime: c.regime,
    jurisdiction: c.jurisdiction,
    rights: c.rights,
    received: c.received,
    identityReceived: clock.identityReceived,
    feePaid: clock.feePaid,
    clarifications: clock.clarifications.flatMap((p) => (p.received ? [{ requested: p.requested, received: p.received }] : [])),
    extended: clock.extension !== undefined
  }
}

/**
 * The deadline fields of a case, recomputed from its facts: every deadline
 * with its explanation, and the index fields the deadline views query.
 * A body's reply date (an escalation) counts even when the case itself is
 * closed or answered, until the reply is sent or the body decides.
 */
export function withDeadlines(
  c: ClockedCase
): Pick<Case, 'deadlines' | 'deadlineNotes' | 'nextDue' | 'pausedSince'> {
  const facts = deadlineFacts(c)
  const statutory: StoredDeadline[] = caseDeadlines(facts).map(({ key, label, result }) => ({ key, label, ...result }))
  if (c.kind === 'complaint' && c.officeTargetDays) statutory.push(officeTargetDeadline(c.received, c.officeTargetDays))
  const escalations = c.escalations ?? []
  const deadlines = [...statutory, ...escalationDeadlines(escalations)]
  const notes = caseDeadlineNotes(facts)
  const paused = pausedSince(c)
  const open = c.status !== 'closed' && c.status !== 'responded'
  const met = c.clock.met
  const pending = open && !paused ? statutory.filter((d) => met[d.key] === undefined).map((d) => d.due) : []
  pending.push(...pendingEscalationDues(escalations, met))
  const nextDue = pending.length ? pending.sort()[0] : undefined
  return { deadlines, deadlineNotes: notes, nextDue, pausedSince: paused }
}

export function emptyClock(): CaseClock {
  return { clarifications: [], met: {} }
}

/** How a change moved the deadlines, for the history: each due date old → new. */
export function deadlineChanges(before: Pick<Case, 'deadlines'>, after: Pick<Case, 'deadlines'>): FieldChange[] {
  const changes: FieldChange[] = []
  for (const d of after.deadlines) {
    const old = before.deadlines.find((b) => b.key === d.key)
    if (old?.due !== d.due) changes.push({ field: `deadline.${d.key}`, label: `Due: ${d.label}`, from: old?.due ?? '', to: d.due })
  }
  for (const old of before.deadlines) {
    if (!after.deadlines.some((d) => d.key === old.key))
      changes.push({ field: `deadline.${old.key}`, label: `Due: ${old.label}`, from: old.due, to: '' })
  }
  return changes
}
