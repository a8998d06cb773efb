import { useLiveQuery } from 'dexie-react-hooks'
import type { Case } from '../../../src/domain/case'
import { useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { getCase } from '../../repositories/cases'
import { complaintsAbout } from '../../repositories/escalations'
import { STATUS_LABELS } from '../../../src/domain/status'

/** On a complaint, the request it is about; on a request, the complaints about it. */
export function CaseLinks({ record: c }: { record: Case }) {
  const { db } = useOffice()
  const linked = useLiveQuery(async () => (c.linkedCaseId ? ((await getCase(db, c.linkedCaseId)) ?? null) : null), [db, c.linkedCaseId])
  const complaints = useLiveQuery(() => (c.id ? complaintsAbout(db, c.id) : Promise.resolve([])), [db, c.id])
  if (c.kind === 'complaint' && c.linkedCaseId) {
    return (
      <p className="case-links" data-testid="case-links">
        A complaint about request{' '}
        {linked ? (
          <>
            <a className="reference" href={hrefFor({ page: 'case', id: linked.id! })}>
              {linked.reference}
            </a>{' '}
            ({linked.requester.name}, {STATUS_LABELS[linked.status].toLowerCase()})
          </>
        ) : linked === null ? (
          <>
            <span className="reference">{c.linkedReference}</span> (no longer in the case log)
          </>
        ) : (
          <span className="reference">{c.linkedReference}</span>
        )}
        .
      </p>
    )
  }
  if (!complaints || complaints.length === 0) return null
  return (
    <p className="case-links" data-testid="case-links">
      {complaints.length === 1 ? 'A complaint was made about this request: ' : 'Complaints were made about this request: '}
      {complaints.map((x, i) => (
        <span key={x.id}>
          {i > 0 && ', '}
          <a className="reference" href={hrefFor({ page: 'case', id: x.id! })}>
            {x.reference}
          </a>{' '}
          ({STATUS_LABELS[x.status].toLowerCase()})
        </span>
      ))}
      .
    </p>
  )
}
