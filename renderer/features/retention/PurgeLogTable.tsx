import type { PurgeRecord } from '../../../src/retention/purge-log'

/** The purge log: when, how many cases, who confirmed. It names no case. */
export function PurgeLogTable({ log, timeZone }: { log: PurgeRecord[]; timeZone: string }) {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone })
  return (
    <section className="retention-section" aria-labelledby="purge-log-heading">
      <h2 id="purge-log-heading">Purge log</h2>
      {log.length === 0 ? (
        <p>No case has been deleted yet.</p>
      ) : (
        <table className="retention-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Cases deleted</th>
              <th scope="col">Confirmed by</th>
              <th scope="col">Retention period</th>
            </tr>
          </thead>
          <tbody>
            {log.map((p) => (
              <tr key={p.id}>
                <td>{when.format(new Date(p.at))}</td>
                <td>{p.count.toLocaleString('en-GB')}</td>
                <td>{p.confirmedBy}</td>
                <td>
                  {p.retentionYears} year{p.retentionYears === 1 ? '' : 's'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
