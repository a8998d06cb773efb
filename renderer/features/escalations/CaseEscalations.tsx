import { useEffect, useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { EscalateForm, emptyEscalateValues } from './EscalateForm'
import { EscalationCard } from './EscalationCard'
import { discardPrefill, loadPrefill, type EscalationPrefill } from './prefill'
import './escalations.css'

/** The case page's "Escalations" section: every matter taken to a body, and "Escalate…". */
export function CaseEscalations({ record, today }: { record: Case; today: string }) {
  const { db } = useOffice()
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState(false)
  const [prefill, setPrefill] = useState<EscalationPrefill | null>(null)
  const escalations = record.escalations ?? []

  useEffect(() => {
    let stale = false
    void loadPrefill(db, record.id!).then((found) => {
      if (stale || !found) return
      setPrefill(found)
      setOpen(true)
    })
    return () => {
      stale = true
    }
  }, [db, record.id])

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
        <>
          {prefill && (
            <Notice tone="info">
              Filled in from {prefill.source}
              {prefill.files.length ? `, which will be kept with the case (${prefill.files.map((f) => f.name).join(', ')})` : ''}. Check every
              field against the letter before recording.
            </Notice>
          )}
          <EscalateForm
            key={prefill ? 'prefilled' : 'blank'}
            record={record}
            today={today}
            initial={{ ...emptyEscalateValues(today), ...prefill?.values }}
            files={prefill?.files ?? []}
            onDone={(done) => {
              if (prefill) void discardPrefill(db, record.id!)
              setPrefill(null)
              setOpen(false)
              setSaved(done)
            }}
          />
        </>
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
