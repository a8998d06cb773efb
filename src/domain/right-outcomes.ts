import type { Case } from './case'
import { RIGHT_SHORT_LABELS, type Right } from './rights'
import { OUTCOME_LABELS, type Outcome } from './status'

/** What became of each right a request asked for, when they differ (DOMAIN.md: each right keeps its own outcome). */
export type RightOutcomes = Partial<Record<Right, Outcome>>

/**
 * The outcome of a request as a whole, from its rights' outcomes: a right
 * withdrawn does not count against the others; fulfilled only if every other
 * right was, refused only if every other right was, otherwise partly fulfilled.
 */
export function overallOutcome(outcomes: readonly Outcome[]): Outcome | undefined {
  if (outcomes.length === 0) return undefined
  const answered = outcomes.filter((o) => o !== 'withdrawn')
  if (answered.length === 0) return 'withdrawn'
  if (answered.every((o) => o === 'fulfilled')) return 'fulfilled'
  if (answered.every((o) => o === 'refused')) return 'refused'
  return 'partly-fulfilled'
}

/** The outcome of one right of a closed case: its own when the rights' outcomes differ, else the case's. */
export function outcomeOfRight(c: Pick<Case, 'outcome' | 'rightOutcomes'>, right: Right): Outcome | undefined {
  return c.rightOutcomes?.[right] ?? c.outcome
}

/** "Access: fulfilled; Erasure: refused", in the order the case lists its rights. */
export function describeRightOutcomes(rights: readonly Right[], outcomes: RightOutcomes): string {
  return rights
    .filter((r) => outcomes[r] !== undefined)
    .map((r) => `${RIGHT_SHORT_LABELS[r]}: ${OUTCOME_LABELS[outcomes[r]!].toLowerCase()}`)
    .join('; ')
}
