import { useState } from 'react'
import type { Case } from '../../../src/domain/case'
import { formatDateLong } from '../../../src/domain/dates'
import { LEGAL_HOLD_REASON_MAX } from '../../../src/retention/legal-hold'
import { officeActor, useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { endLegalHold, putOnLegalHold } from '../../repositories/retention'
import './retention.css'

/** The case page's legal hold: a case on hold is never offered for deletion. Placing and lifting it go in the history. */
export function CaseLegalHold({ record }: { record: Case }) {
  const { db, settings } = useOffice()
  const [step, setStep] = useState<'idle' | 'placing' | 'lifting'>('idle')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const hold = record.legalHold

  async function act(what: 'place' | 'lift') {
    setError(null)
    setDone(null)
    try {
      if (what === 'place') await putOnLegalHold(db, record.id!, reason, officeActor(settings))
      else await endLegalHold(db, record.id!, officeActor(settings))
      setDone(what === 'place' ? 'The case is on legal hold, recorded in the history.' : 'The legal hold was lifted, recorded in the history.')
      setStep('idle')
      setReason('')
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <section className="card wide" aria-labelledby="legal-hold-heading">
      <h2 id="legal-hold-heading">Legal hold</h2>
      {hold ? (
        <p>
          <strong>On legal hold</strong> since {formatDateLong(hold.since)} ({hold.by}): <span className="legal-hold-reason">{hold.reason}</span>.
          It is not offered for deletion while the hold lasts.
        </p>
      ) : (
        <p>Not on legal hold. A case on legal hold is kept whatever its age, for litigation or a regulator’s inquiry.</p>
      )}
      {step === 'placing' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void act('place')
          }}
        >
          <div className="field wide-field">
            <label htmlFor="legal-hold-reason">Reason for the legal hold</label>
            <textarea id="legal-hold-reason" rows={3} maxLength={LEGAL_HOLD_REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Put on legal hold
            </button>
            <button type="button" onClick={() => setStep('idle')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {step === 'lifting' && (
        <div className="actions">
          <p>Lift the hold? The case will be offered for deletion once its retention period is over.</p>
          <button type="button" className="primary" onClick={() => void act('lift')}>
            Lift the legal hold
          </button>
          <button type="button" onClick={() => setStep('idle')}>
            Keep the hold
          </button>
        </div>
      )}
      {step === 'idle' && (
        <div className="actions">
          <button type="button" onClick={() => { setStep(hold ? 'lifting' : 'placing'); setDone(null) }}>
            {hold ? 'Lift the legal hold…' : 'Put on legal hold…'}
          </button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
    </section>
  )
}
