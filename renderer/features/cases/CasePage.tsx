import { describeRightOutcomes } from '../../../src/domain/right-outcomes'
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { caseAttachments, caseHistory, getCase } from '../../repositories/cases'
import { CaseDetails } from './CaseDetails'
import { CaseEditor } from './CaseEditor'
import { CaseHistory } from './CaseHistory'
import { CaseFiles } from './CaseFiles'
import { OUTCOME_LABELS, STATUS_LABELS } from '../../../src/domain/status'
import { Notice } from '../../components/Notice'
import { CaseDeadlines } from './CaseDeadlines'
import { CaseActions } from './CaseActions'
import { CaseLetters } from '../letters/CaseLetters'
import { CaseEscalations } from '../escalations/CaseEscalations'
import { EscalationBadges } from '../escalations/EscalationBadges'
import { CaseLinks } from '../complaints/CaseLinks'
import { CaseLegalHold } from '../retention/CaseLegalHold'
import { officeToday } from '../../app/office'

export function CasePage({ id }: { id: number }) {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const found = useLiveQuery(async () => (await getCase(db, id)) ?? null, [db, id])
  const history = useLiveQuery(() => caseHistory(db, id), [db, id])
  const files = useLiveQuery(() => caseAttachments(db, id), [db, id])
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)

  if (found === undefined) return <p className="loading">Opening the case…</p>
  if (found === null)
    return (
      <section className="page">
        <h1>Case not found</h1>
        <p>
          There is no case with this number. It may have been deleted. <a href={hrefFor({ page: 'cases' })}>Back to the cases</a>
        </p>
      </section>
    )
  const c = found
  return (
    <section className="page" aria-labelledby="case-title">
      <p className="breadcrumb">
        <a href={hrefFor({ page: 'cases' })}>Cases</a> <span aria-hidden="true">›</span> {c.reference}
      </p>
      <div className="page-head with-action">
        <div>
          <h1 id="case-title">
            <span className="reference">{c.reference}</span> {c.requester.name}
          </h1>
          <p className="lede">
            {c.kind === 'complaint' && <span className="kind-badge">Complaint</span>}
            <span className={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
            {c.outcome && (
              <span className="outcome">
                {' '}
                · {OUTCOME_LABELS[c.outcome]}
                {c.rightOutcomes ? ` (${describeRightOutcomes(c.rights, c.rightOutcomes)})` : ''}
                {c.refusalReason ? `: ${c.refusalReason}` : ''}
              </span>
            )}
            <EscalationBadges record={c} />
          </p>
        </div>
        {!editing && (
          <button type="button" onClick={() => { setEditing(true); setSaved(false) }}>
            Edit details
          </button>
        )}
      </div>
      <CaseLinks record={c} />
      {saved && <Notice tone="success">The changes were saved and recorded in the history.</Notice>}
      {editing ? (
        <CaseEditor
          record={c}
          onDone={(changed) => {
            setEditing(false)
            setSaved(changed)
          }}
        />
      ) : (
        <>
          <CaseDeadlines record={c} today={today} />
          <CaseActions record={c} today={today} />
          <CaseEscalations record={c} today={today} />
          <CaseDetails record={c} />
          <CaseLetters record={c} />
        </>
      )}
      <CaseFiles files={files ?? []} />
      <CaseLegalHold record={c} />
      <CaseHistory entries={history ?? []} />
    </section>
  )
}
