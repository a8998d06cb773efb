import { MERGE_FIELDS } from '../../../src/letters'

/** The user's documentation of the merge fields the templates use, and what each is filled with. */
export function MergeFieldReference() {
  return (
    <details className="merge-fields">
      <summary>Merge fields: what each letter fills in</summary>
      <p className="hint">
        Each template is written with merge fields such as <code>{'{{requester.name}}'}</code>. Composing a letter fills each
        one from the case, the settings or what you type for the letter. A field that cannot be filled shows as{' '}
        <code>[[field.name]]</code>, and the letter cannot be issued until it is filled or edited out.
      </p>
      <table className="merge-field-table">
        <caption className="visually-hidden">Merge fields</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">What it is filled with</th>
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{`{{${f.name}}}`}</code>
              </th>
              <td>{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
