import { MERGE_FIELDS, type ComposedLetter } from '../../../src/letters'

export interface LetterEdits {
  subject: string
  paragraphs: string[]
}

/** Fields that come from Settings rather than from the case or the letter's inputs. */
const FROM_SETTINGS = /^(organisation|signatory)\./

/** The composed letter, with its subject and paragraphs open to edit; the template itself is not changed. */
export function LetterEditor({ letter, edits, onEdits }: { letter: ComposedLetter; edits: LetterEdits; onEdits: (e: LetterEdits) => void }) {
  const setParagraph = (i: number, text: string) => onEdits({ ...edits, paragraphs: edits.paragraphs.map((p, j) => (j === i ? text : p)) })
  return (
    <div className="letter-editor">
      <dl className="letter-heading">
        <dt>To</dt>
        <dd className="pre">{[letter.recipient.name, ...letter.recipient.addressLines, letter.recipient.email].filter(Boolean).join('\n')}</dd>
        <dt>Date</dt>
        <dd>{letter.dateText}</dd>
        <dt>References</dt>
        <dd>{letter.referenceLine}</dd>
        <dt>Signed by</dt>
        <dd>{[letter.signature.name, letter.signature.title, letter.signature.office].join(', ')}</dd>
        {letter.enclosures.length > 0 && (
          <>
            <dt>Enclosures</dt>
            <dd>{letter.enclosures.join('; ')}</dd>
          </>
        )}
      </dl>
      <div className="field">
        <label htmlFor="letter-subject">Subject</label>
        <input id="letter-subject" type="text" value={edits.subject} maxLength={2000} onChange={(e) => onEdits({ ...edits, subject: e.target.value })} />
      </div>
      <p className="letter-salutation">{letter.salutation}</p>
      <ol className="letter-paragraphs">
        {edits.paragraphs.map((text, i) => (
          <li key={i} className="field">
            <label htmlFor={`letter-paragraph-${i}`}>Paragraph {i + 1}</label>
            <textarea
              id={`letter-paragraph-${i}`}
              rows={Math.min(14, Math.max(2, Math.ceil(text.length / 95) + 1))}
              value={text}
              maxLength={50000}
              onChange={(e) => setParagraph(i, e.target.value)}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => onEdits({ ...edits, paragraphs: [...edits.paragraphs, ''] })}>
          Add a paragraph
        </button>
        <span className="hint">An empty paragraph is left out of the letter.</span>
      </div>
      <p className="letter-closing">
        {letter.closing}
        <br />
        {letter.signature.name}
      </p>
    </div>
  )
}

/** Each field the letter could not fill, by name and with what it means; and where to fill it. */
export function MissingFields({ fields }: { fields: readonly string[] }) {
  if (fields.length === 0) return null
  return (
    <div className="notice notice-warning missing-fields" role="status">
      <p className="notice-title">
        {fields.length === 1 ? 'One field is missing' : `${fields.length} fields are missing`}: the letter cannot be issued yet
      </p>
      <ul>
        {fields.map((field) => (
          <li key={field} data-missing-field={field}>
            <code>[[{field}]]</code> — {MERGE_FIELDS.find((f) => f.name === field)?.description ?? 'A field this letter needs.'}
            {FROM_SETTINGS.test(field) ? ' Set it in Settings.' : ''}
          </li>
        ))}
      </ul>
      <p>Fill each one in the form above and compose the letter again, or edit the [[field]] out of the text.</p>
    </div>
  )
}
