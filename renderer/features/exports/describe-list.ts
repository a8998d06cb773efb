import type { CaseListQuery } from '../../repositories/case-list'
import { CHANNEL_LABELS } from '../../../src/domain/channels'
import { REGIME_LABELS } from '../../../src/domain/regimes'
import { RIGHT_SHORT_LABELS } from '../../../src/domain/rights'
import { STATUS_LABELS } from '../../../src/domain/status'
import { ESCALATION_OUTCOME_LABELS, type EscalationOutcome } from '../../../src/escalations/types'

/** The list's filters and search in words, e.g. "status: open; channel: Email; search: “smith”". */
export function describeListQuery(query: CaseListQuery, bodyName?: string): string {
  const parts: string[] = []
  if (query.status) parts.push(`status: ${query.status === 'open' ? 'open (not closed)' : STATUS_LABELS[query.status]}`)
  if (query.right) parts.push(`right: ${RIGHT_SHORT_LABELS[query.right]}`)
  if (query.channel) parts.push(`channel: ${CHANNEL_LABELS[query.channel]}`)
  if (query.regime) parts.push(`regime: ${REGIME_LABELS[query.regime]}`)
  if (query.kind) parts.push(query.kind === 'complaint' ? 'complaints only' : 'requests only')
  if (query.escalatedTo) parts.push(query.escalatedTo === 'any' ? 'escalated to any body' : `escalated to ${bodyName ?? query.escalatedTo}`)
  if (query.escalationOutcome)
    parts.push(
      `escalation outcome: ${query.escalationOutcome === 'pending' ? 'awaited' : (ESCALATION_OUTCOME_LABELS[query.escalationOutcome as EscalationOutcome] ?? query.escalationOutcome)}`
    )
  if (query.search) parts.push(`search: “${query.search}”`)
  return parts.join('; ')
}
