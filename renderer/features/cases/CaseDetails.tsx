import type { Case } from '../../../src/domain/case'
import { CHANNEL_LABELS } from '../../../src/domain/channels'
import { RIGHT_LABELS } from '../../../src/domain/rights'
import { REGIME_LABELS, jurisdictionLabel } from '../../../src/domain/regimes'
import { formatDateLong } from '../../../src/domain/dates'

export function CaseDetails({ record: c }: { record: Case }) {
  const regime = [REGIME_LABELS[c.regime], jurisdictionLabel(c.regime, c.jurisdiction), c.regimeOther].filter(Boolean).join(' — ')
  return (
    <div className="case-details">
      <section className="card" aria-labelledby="requester-heading">
        <h2 id="requester-heading">Requester</h2>
        <dl>
          <dt>Name</dt>
          <dd className="requester-name">{c.requester.name}</dd>
          <dt>Email</dt>
          <dd>{c.requester.email || <span className="none">None given</span>}</dd>
          <dt>Phone</dt>
          <dd>{c.requester.phone || <span className="none">None given</span>}</dd>
          <dt>Postal address</dt>
          <dd className="pre">{c.requester.postalAddress || <span className="none">None given</span>}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="request-heading">
        <h2 id="request-heading">{c.kind === 'complaint' ? 'Complaint' : 'Request'}</h2>
        <dl>
          <dt>Received</dt>
          <dd>
            <time dateTime={c.received}>{formatDateLong(c.received)}</time> by {CHANNEL_LABELS[c.channel].toLowerCase()}
          </dd>
          {c.kind !== 'complaint' && (
            <>
              <dt>Rights asked for</dt>
              <dd>
                <ul className="plain">
                  {c.rights.map((r) => (
                    <li key={r}>{r === 'other' ? `Other: ${c.otherRight}` : RIGHT_LABELS[r]}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>Regime</dt>
          <dd>{regime}</dd>
        </dl>
      </section>
      <section className="card wide" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{c.kind === 'complaint' ? 'What the person complains of' : 'Summary'}</h2>
        <p className="pre">{c.summary || <span className="none">No summary recorded.</span>}</p>
        {c.notes && (
          <>
            <h3>Internal notes</h3>
            <p className="pre">{c.notes}</p>
          </>
        )}
      </section>
    </div>
  )
}
