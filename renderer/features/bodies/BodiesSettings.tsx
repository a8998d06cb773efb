import { useState } from 'react'
import { BODY_KIND_LABELS, type ComplaintBody } from '../../../src/escalations/bodies'
import { useBodies } from '../escalations/use-bodies'
import { BodyEditor } from './BodyEditor'
import '../escalations/escalations.css'

/** Settings › Complaint bodies: the directory escalations and letters name, editable and extendable. */
export function BodiesSettings() {
  const bodies = useBodies()
  const [editing, setEditing] = useState<ComplaintBody | 'new' | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <section className="card" aria-labelledby="bodies-heading">
      <h2 id="bodies-heading">Complaint bodies</h2>
      <p className="hint">
        Where complaints escalate, and whom letters name for complaints: the AAA (DPF recourse), the ICO, EU supervisory authorities, BBB
        National Programs, JAMS…
      </p>
      {bodies === undefined ? (
        <p className="loading">Loading the directory…</p>
      ) : (
        <table className="bodies-table">
          <caption className="visually-hidden">The directory of complaint bodies</caption>
          <thead>
            <tr>
              <th scope="col">Body</th>
              <th scope="col">Kind</th>
              <th scope="col">Contact</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((b) => (
              <tr key={b.id}>
                <td>
                  {b.name}
                  {b.shortName && ` (${b.shortName})`}
                </td>
                <td>{BODY_KIND_LABELS[b.kind]}</td>
                <td className="pre">{[b.address, [b.phone, b.hours && `(${b.hours})`].filter(Boolean).join(' '), b.email, b.website].filter(Boolean).join('\n')}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => { setEditing(b); setSaved(null) }}>
                    Edit<span className="visually-hidden"> {b.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved && (
        <p role="status" className="notice notice-success">
          {saved}
        </p>
      )}
      {editing ? (
        <BodyEditor
          key={editing === 'new' ? 'new' : editing.id}
          body={editing === 'new' ? undefined : editing}
          onDone={(message) => {
            setEditing(null)
            setSaved(message)
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => { setEditing('new'); setSaved(null) }}>
            Add a body
          </button>
        </div>
      )}
    </section>
  )
}
