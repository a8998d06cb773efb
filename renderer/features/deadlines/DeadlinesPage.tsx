import { useLiveQuery } from 'dexie-react-hooks'
import { officeToday, useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { BUCKET_LABELS, casesInBucket, countInBucket, nextDeadline, type DeadlineBucket } from '../../repositories/deadline-queries'
import { formatDateLong } from '../../../src/domain/dates'
import { STATUS_LABELS } from '../../../src/domain/status'
import { daysLeftText } from '../../../src/cases/urgency'

const BUCKETS: DeadlineBucket[] = ['overdue', 'this-week', 'next-30-days', 'paused']

/** What needs doing: open cases by how soon their next deadline falls. */
export function DeadlinesPage() {
  const { settings } = useOffice()
  const today = officeToday(settings)
  return (
    <section className="page" aria-labelledby="deadlines-title">
      <div className="page-head">
        <h1 id="deadlines-title">Deadlines</h1>
        <p className="lede">Cases by their next deadline (statutory, or a reply date a complaint body set), as of {formatDateLong(today)}.</p>
      </div>
      {BUCKETS.map((bucket) => (
        <Bucket key={bucket} bucket={bucket} today={today} />
      ))}
    </section>
  )
}

function Bucket({ bucket, today }: { bucket: DeadlineBucket; today: string }) {
  const { db } = useOffice()
  const rows = useLiveQuery(() => casesInBucket(db, bucket, today), [db, bucket, today])
  const count = useLiveQuery(() => countInBucket(db, bucket, today), [db, bucket, today])
  const id = `bucket-${bucket}`
  return (
    <section className={`card wide bucket bucket-${bucket}`} aria-labelledby={id}>
      <h2 id={id}>
        {BUCKET_LABELS[bucket]} <span className="count">({count ?? '…'})</span>
      </h2>
      {rows && rows.length === 0 && <p className="none">None.</p>}
      {rows && rows.length > 0 && (
        <table className="case-table compact">
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Requester</th>
              <th scope="col">{bucket === 'paused' ? 'Stopped since' : 'Deadline'}</th>
              <th scope="col">{bucket === 'paused' ? 'Status' : 'Due'}</th>
              <th scope="col">{bucket === 'paused' ? '' : 'Days'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const d = nextDeadline(c)
              return (
                <tr key={c.id}>
                  <td>
                    <a className="reference" href={hrefFor({ page: 'case', id: c.id! })}>
                      {c.reference}
                    </a>
                  </td>
                  <td>{c.requester.name}</td>
                  {bucket === 'paused' ? (
                    <>
                      <td>{c.pausedSince && formatDateLong(c.pausedSince)}</td>
                      <td>{STATUS_LABELS[c.status]}</td>
                      <td />
                    </>
                  ) : (
                    <>
                      <td>{d?.label}</td>
                      <td>
                        <time dateTime={c.nextDue}>{c.nextDue && formatDateLong(c.nextDue)}</time>
                      </td>
                      <td className={bucket === 'overdue' ? 'overdue-text' : undefined}>{c.nextDue && daysLeftText(c.nextDue, today)}</td>
                    </>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {rows && count !== undefined && count > rows.length && (
        <p className="more">Showing the first {rows.length} of {count}, soonest first.</p>
      )}
    </section>
  )
}
