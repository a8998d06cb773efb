import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Case } from '../../../src/domain/case'
import { CHANNEL_LABELS } from '../../../src/domain/channels'
import { RIGHT_SHORT_LABELS } from '../../../src/domain/rights'
import { REGIME_LABELS } from '../../../src/domain/regimes'
import { STATUS_LABELS } from '../../../src/domain/status'
import { formatDateLong } from '../../../src/domain/dates'
import { hrefFor } from '../../app/router'
import { EscalationBadges } from '../escalations/EscalationBadges'

const ROW_HEIGHT = 52

/** The case list: only the rows in view are in the page, so 50,000 cases scroll as easily as 50. */
export function CaseTable({ rows, hasMore, loadMore }: { rows: Case[]; hasMore: boolean; loadMore: () => void }) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - 20) loadMore()
  }, [hasMore, lastIndex, rows.length, loadMore])

  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label="Case list">
      <table className="case-table" aria-rowcount={hasMore ? -1 : rows.length + 1}>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Requester</th>
            <th scope="col">Rights</th>
            <th scope="col">Channel</th>
            <th scope="col">Regime</th>
            <th scope="col">Received</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const c = rows[item.index]!
            return (
              <tr key={c.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td>
                  <a href={hrefFor({ page: 'case', id: c.id! })} className="reference">
                    {c.reference}
                  </a>
                </td>
                <td>
                  <span className="requester-name">{c.requester.name}</span>
                  {c.requester.email && <span className="requester-email">{c.requester.email}</span>}
                </td>
                <td>{c.kind === 'complaint' ? 'Complaint' : c.rights.map((r) => RIGHT_SHORT_LABELS[r]).join(', ')}</td>
                <td>{CHANNEL_LABELS[c.channel]}</td>
                <td>{REGIME_LABELS[c.regime].split(' (')[0]}</td>
                <td>
                  <time dateTime={c.received}>{formatDateLong(c.received)}</time>
                </td>
                <td>
                  <span className={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</span> <EscalationBadges record={c} compact />
                </td>
              </tr>
            )
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
