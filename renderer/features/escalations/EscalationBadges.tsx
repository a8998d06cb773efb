import type { Case } from '../../../src/domain/case'
import { bodyShortPhrase } from '../../../src/escalations/bodies'
import { ESCALATION_OUTCOME_LABELS } from '../../../src/escalations/types'
import './escalations.css'

/** Where a case was escalated, for the case page's header and the case list. */
export function EscalationBadges({ record, compact = false }: { record: Case; compact?: boolean }) {
  const escalations = record.escalations ?? []
  if (escalations.length === 0) return null
  return (
    <span className="escalation-badges">
      {escalations.map((e) => (
        <span key={e.id} className={`escalation-badge${e.outcome ? ' escalation-concluded' : ''}`}>
          {compact ? `Escalated: ${e.body.shortName || e.body.name}` : `Escalated to ${bodyShortPhrase(e.body)}`}
          {!compact && e.bodyReference ? ` (${e.bodyReference})` : ''}
          {e.outcome ? ` · ${ESCALATION_OUTCOME_LABELS[e.outcome]}` : ''}
        </span>
      ))}
    </span>
  )
}
