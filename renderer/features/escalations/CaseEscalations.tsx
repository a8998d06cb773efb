import { useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { EscalateForm, emptyEscalateValues, type EscalateValues } from './EscalateForm'
import { EscalationCard } from './EscalationCard'
import './escalations.css'

/** The case page's "Escalations" section: every matter taken to a body, and "Escalate…". */
export function CaseEscalations({ record, today, prefill }: { record: Case; today: string; prefill?: Partial<EscalateValues> }) {
  const [open, setOpen] = useState(prefill !== undefined)
  const [saved, setSaved] = useState(false)
  const escalations = record.escalations ?? []
  return (
    <section className="card wide" aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">Escalations</h2>
      {escalations.length === 0 && !open && (
        <p className="none">Not escalated. When the AAA, the ICO or another body writes about this {record.kind}, record it here.</p>
      )}
      {escalations.map((e) => (
        <EscalationCard key={e.id} record={record} escalation={e} today={today} />
      ))}
      {saved && !open && (
        <p role="status" className="notice notice-success">
          The escalation was recorded in the history. Its reply date is on the deadlines view.
        </p>
      )}
      {open ? (
        <EscalateForm
          record={record}
          today={today}
          initial={{ ...emptyEscalateValues(today), ...prefill }}
          onDone={(done) => {
            setOpen(false)
            setSaved(done)
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => { setOpen(true); setSaved(false) }}>
            Escalate…
          </button>
        </div>
      )}
    </section>
  )
}
