import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Case, LetterDelivery } from '../../../src/domain/case'
import { composeLetter, LETTER_TEMPLATES, findTemplate, type ComposedLetter, type TemplateId } from '../../../src/letters'
import { deadlineMetByLetter, letterFactsFromCase, suggestedInputs, suggestedTemplates } from '../../../src/letters/from-case'
import { officeActor, officeToday, useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { DELIVERY_LABELS, issueLetter, withEdits } from '../../repositories/letters'
import { listBodies } from '../../repositories/bodies'
import { directoryRegulator } from '../../../src/escalations/letter-regulator'
import { errorText, renderLetter } from './api-calls'
import { LetterEditor, MissingFields, type LetterEdits } from './LetterEditor'
import { LetterInputsForm } from './LetterInputsForm'
import { PdfPreview } from './PdfPreview'
import { templateInputs, toInputValues, toLetterInputs, type InputValues } from './template-inputs'
import { useLetterRendering } from './use-letter-rendering'

interface Preview {
  bytes: Uint8Array
  /** The letter the preview shows, to tell when the text has changed since. */
  of: string
  missingCharacters: string[]
}

/** Choose a letter, fill what it needs, compose it, edit it, preview the real PDF and issue it. */
export function LetterComposer({ record, issued, onIssued }: { record: Case; issued: string[]; onIssued: (message: string) => void }) {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const rendering = useLetterRendering()
  const bodies = useLiveQuery(() => listBodies(db), [db])
  const suggested = useMemo(() => suggestedTemplates(record, issued), [record, issued])
  const [templateId, setTemplateId] = useState<TemplateId | ''>('')
  const [values, setValues] = useState<InputValues>({})
  const [composed, setComposed] = useState<ComposedLetter | null>(null)
  const [edits, setEdits] = useState<LetterEdits>({ subject: '', paragraphs: [] })
  const [preview, setPreview] = useState<Preview | null>(null)
  const [sentBy, setSentBy] = useState<LetterDelivery>(record.requester.postalAddress ? 'post' : 'email')
  const [markDeadline, setMarkDeadline] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const template = templateId ? findTemplate(templateId) : undefined
  const specs = useMemo(() => (templateId ? templateInputs(templateId, record.regime) : []), [templateId, record.regime])
  const meets = templateId ? deadlineMetByLetter(templateId, record) : undefined
  const final = composed ? withEdits(composed, edits) : null
  const previewCurrent = preview !== null && final !== null && preview.of === JSON.stringify(final)

  /** The body the letter names, with the details the office keeps in its directory (Settings). */
  const regulatorFor = (id: TemplateId) =>
    directoryRegulator(bodies ?? [], findTemplate(id)!.regulatorRole, record.regime, record.jurisdiction || undefined)

  function choose(id: TemplateId | '') {
    setTemplateId(id)
    setComposed(null)
    setPreview(null)
    setError(null)
    if (!id) return
    const facts = letterFactsFromCase(id, record, settings, { date: today, inputs: suggestedInputs(id, record), regulator: regulatorFor(id) })
    setValues(toInputValues(facts, templateInputs(id, record.regime)))
    setMarkDeadline(deadlineMetByLetter(id, record)?.byDefault ?? false)
  }

  function compose() {
    if (!templateId) return
    setError(null)
    setPreview(null)
    const facts = letterFactsFromCase(templateId, record, settings, {
      date: today,
      inputs: toLetterInputs(values, specs),
      regulator: regulatorFor(templateId)
    })
    const letter = composeLetter(templateId, facts)
    setComposed(letter)
    setEdits({ subject: letter.subject, paragraphs: [...letter.paragraphs] })
  }

  async function showPreview() {
    if (!final || !rendering) return
    setBusy('Rendering the preview…')
    setError(null)
    try {
      const { bytes, missingCharacters } = await renderLetter(final, rendering)
      setPreview({ bytes, of: JSON.stringify(final), missingCharacters })
    } catch (e) {
      setError(`The preview could not be made: ${errorText(e)}`)
    } finally {
      setBusy(null)
    }
  }

  async function issue() {
    if (!final || !rendering || final.missingFields.length > 0) return
    setBusy('Issuing the letter…')
    setError(null)
    try {
      const { bytes, missingCharacters } = await renderLetter(final, rendering)
      if (missingCharacters.length > 0) {
        setPreview({ bytes, of: JSON.stringify(final), missingCharacters })
        throw new Error(`the letter font cannot print ${missingCharacters.join(' ')}, so the letter would lack them`)
      }
      await issueLetter(
        db,
        { caseId: record.id!, letter: final, pdf: bytes, pageSize: rendering.pageSize, sentBy, ...(meets && markDeadline ? { markDeadline: meets.key } : {}) },
        officeActor(settings)
      )
      onIssued(`Issued: ${final.title}, dated ${final.dateText}, sent by ${DELIVERY_LABELS[sentBy].toLowerCase()}${meets && markDeadline ? `; “${meets.label}” marked done` : ''}.`)
      setComposed(null)
      setPreview(null)
      setTemplateId('')
    } catch (e) {
      setError(`The letter was not issued: ${errorText(e)}`)
    } finally {
      setBusy(null)
    }
  }

  const others = LETTER_TEMPLATES.filter((t) => !suggested.includes(t.id as TemplateId))
  return (
    <div className="letter-composer">
      <h3 id="compose-heading">Write a letter</h3>
      <div className="field">
        <label htmlFor="letter-template">Letter</label>
        <select id="letter-template" value={templateId} onChange={(e) => choose(e.target.value as TemplateId | '')}>
          <option value="">Choose a letter…</option>
          {suggested.length > 0 && (
            <optgroup label="Suggested for this case">
              {suggested.map((id) => (
                <option key={id} value={id}>
                  {findTemplate(id)?.title}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={suggested.length > 0 ? 'Other letters' : 'All letters'}>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {!templateId && suggested.length > 0 && (
        <p className="hint">Suggested for this case: {suggested.map((id) => findTemplate(id)?.title).join('; ')}.</p>
      )}
      {template && (
        <>
          <p className="when-used">
            <strong>When used:</strong> {template.whenUsed}
          </p>
          <LetterInputsForm specs={specs} values={values} onChange={setValues} note="Prefilled from the case where it already says." />
          <div className="actions">
            <button type="button" className={composed ? undefined : 'primary'} onClick={compose}>
              {composed ? 'Compose again from the form' : 'Compose letter'}
            </button>
            {composed && <span className="hint">Composing again replaces your edits below.</span>}
          </div>
        </>
      )}
      {composed && final && (
        <section className="composed" aria-labelledby="composed-heading">
          <h3 id="composed-heading">Check and edit: {composed.title}</h3>
          <LetterEditor letter={composed} edits={edits} onEdits={setEdits} />
          <MissingFields fields={final.missingFields} />
          {preview?.missingCharacters.length ? (
            <Notice tone="error" title="Characters the letter font cannot print">
              <p>
                {preview.missingCharacters.join(' ')} would be missing from the printed letter. Write the name or address in a
                script the font covers (for instance in Latin letters as well), or the letter cannot be issued.
              </p>
            </Notice>
          ) : null}
          <div className="actions">
            <button type="button" onClick={() => void showPreview()} disabled={busy !== null || !rendering}>
              {preview ? 'Preview again' : 'Preview PDF'}
            </button>
          </div>
          {preview && (
            <div className="preview-block">
              {!previewCurrent && <p className="hint stale">The text has changed since this preview: preview again to see it.</p>}
              <PdfPreview bytes={preview.bytes} title={`Preview of the letter: ${final.title}`} />
            </div>
          )}
          <fieldset className="issue-options">
            <legend>Issue</legend>
            <fieldset className="choices">
              <legend>How it is sent</legend>
              <div className="choice-row">
                {(Object.keys(DELIVERY_LABELS) as LetterDelivery[]).map((d) => (
                  <label className="choice" key={d}>
                    <input type="radio" name="letter-sent-by" value={d} checked={sentBy === d} onChange={() => setSentBy(d)} /> {DELIVERY_LABELS[d]}
                  </label>
                ))}
              </div>
            </fieldset>
            {meets && (
              <label className="choice">
                <input type="checkbox" checked={markDeadline} onChange={(e) => setMarkDeadline(e.target.checked)} /> This letter meets the
                deadline “{meets.label}”: mark it done today
              </label>
            )}
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => void issue()}
                disabled={busy !== null || final.missingFields.length > 0 || !rendering}
                aria-describedby="issue-note"
              >
                Issue letter
              </button>
              <span className="hint" id="issue-note">
                {final.missingFields.length > 0
                  ? 'Fill the missing fields first.'
                  : 'Issuing keeps the letter and its PDF with the case for good; a correction is a new letter.'}
              </span>
            </div>
          </fieldset>
        </section>
      )}
      {busy && (
        <p className="busy" role="status">
          {busy}
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
