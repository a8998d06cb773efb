import type { HistoryEntry } from '../../../src/domain/case'

function when(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

function short(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

/** Every change to the case, oldest first: who, when, what (old → new). */
export function CaseHistory({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section className="card wide history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="history-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="history-head">
              <strong>{entry.action}</strong> by {entry.author} <time dateTime={entry.at}>{when(entry.at)}</time>
            </p>
            {entry.changes.length > 0 && (
              <table className="changes">
                <caption className="visually-hidden">Changes made</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{change.label}</th>
                      <td className="pre old">{change.from ? short(change.from) : <span className="none">—</span>}</td>
                      <td className="pre new">{change.to ? short(change.to) : <span className="none">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
