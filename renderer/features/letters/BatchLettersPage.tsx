import { useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { LetterDelivery } from '../../../src/domain/case'
import type { Regime } from '../../../src/domain/regimes'
import { formatDateLong } from '../../../src/domain/dates'
import { STATUS_LABELS } from '../../../src/domain/status'
import { findTemplate, LETTER_TEMPLATES, MERGE_FIELDS, type TemplateId } from '../../../src/letters'
import { officeActor, officeToday, useOffice } from '../../app/office'
import { hrefFor } from '../../app/router'
import { Notice } from '../../components/Notice'
import { DELIVERY_LABELS } from '../../repositories/letters'
import { listBodies } from '../../repositories/bodies'
import { nextDeadline } from '../../repositories/deadline-queries'
import { errorText, printPdf, savePdf } from './api-calls'
import { alreadySent, BATCH_SOURCES, BatchCancelled, batchCandidates, planBatch, runBatch, type BatchProgress, type BatchResult, type BatchSource, type PlannedLetter, type SkippedCase } from './batch'
import { LetterInputsForm } from './LetterInputsForm'
import { MergeFieldReference } from './MergeFieldReference'
import { PdfPreview } from './PdfPreview'
import { templateInputs, toLetterInputs, type InputSpec, type InputValues } from './template-inputs'
import { useLetterRendering } from './use-letter-rendering'
import './letters.css'

const STAGE_TEXT: Record<BatchProgress['stage'], string> = {
  rendering: 'Rendering the letters',
  combining: 'Combining them into one PDF for printing',
  issuing: 'Keeping a record of each letter with its case'
}

/** One template for many cases: choose the cases, check the letters, issue them with one combined PDF to print. */
export function BatchLettersPage() {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const rendering = useLetterRendering()
  const bodies = useLiveQuery(() => listBodies(db), [db])
  const [templateId, setTemplateId] = useState<TemplateId>('acknowledgement')
  const [source, setSource] = useState<BatchSource>('received')
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [values, setValues] = useState<InputValues>({})
  const [sentBy, setSentBy] = useState<LetterDelivery>('post')
  const [markDeadlines, setMarkDeadlines] = useState(true)
  const [plan, setPlan] = useState<{ ready: PlannedLetter[]; skipped: SkippedCase[] } | null>(null)
  const [progress, setProgress] = useState<BatchProgress | null>(null)
  const [result, setResult] = useState<BatchResult | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [hideSent, setHideSent] = useState(true)
  const cancel = useRef(false)
  const template = findTemplate(templateId)!

  const candidates = useLiveQuery(async () => {
    const cases = await batchCandidates(db, source, today)
    return { cases, sent: await alreadySent(db, cases.map((c) => c.id!), templateId) }
  }, [db, source, today, templateId])
  const sorted = useMemo(
    () =>
      (candidates?.cases ?? [])
        .filter((c) => !hideSent || !candidates?.sent.has(c.id!))
        .sort((a, b) => a.reference.localeCompare(b.reference)),
    [candidates, hideSent]
  )
  const chosen = sorted.filter((c) => selected.has(c.id!))
  const specs = useMemo(() => sharedSpecs(templateId, chosen.length ? chosen.map((c) => c.regime) : (['UK-GDPR'] as Regime[])), [templateId, chosen])
  const running = progress !== null && result === null && message?.tone !== 'error'

  const reset = () => {
    setOutcome(null)
    setPlan(null)
    setResult(null)
    setProgress(null)
  }
  const toggle = (id: number) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setSelected(next)
    reset()
  }

  function check() {
    setMessage(null)
    setResult(null)
    setProgress(null)
    if (chosen.length === 0) {
      setMessage({ tone: 'error', text: 'Tick at least one case.' })
      return
    }
    setPlan(planBatch(templateId, chosen, settings, today, toLetterInputs(values, specs), markDeadlines, bodies ?? []))
  }

  async function issue() {
    if (!plan || !rendering || plan.ready.length === 0) return
    cancel.current = false
    setMessage(null)
    setResult(null)
    try {
      const done = await runBatch({
        db,
        planned: plan.ready,
        rendering,
        sentBy,
        actor: officeActor(settings),
        cancelled: () => cancel.current,
        onProgress: setProgress
      })
      setResult(done)
      setSelected(new Set())
      const left = plan.skipped.length + done.unprintable.length
      setOutcome(
        `Issued ${done.issued} letter${done.issued === 1 ? '' : 's'}: each is kept with its case, with a history entry.${left ? ` ${left} case${left === 1 ? ' was' : 's were'} skipped.` : ''}`
      )
      setPlan({ ready: [], skipped: [...plan.skipped, ...done.unprintable] })
    } catch (e) {
      setProgress(null)
      setMessage({ tone: e instanceof BatchCancelled ? 'info' : 'error', text: e instanceof BatchCancelled ? e.message : `The batch was not issued: ${errorText(e)} No letter was issued.` })
    }
  }

  async function act(action: () => Promise<string>, what: string) {
    try {
      setMessage({ tone: 'success', text: await action() })
    } catch (e) {
      setMessage({ tone: 'error', text: `${what}: ${errorText(e)}` })
    }
  }

  const allShown = sorted.length > 0 && sorted.every((c) => selected.has(c.id!))
  return (
    <section className="page" aria-labelledby="batch-title">
      <div className="page-head">
        <h1 id="batch-title">Letters in a batch</h1>
        <p className="lede">One letter for several cases: one PDF to print, and a separate record on each case.</p>
      </div>

      <section className="card wide" aria-labelledby="batch-letter-heading">
        <h2 id="batch-letter-heading">1. The letter</h2>
        <div className="field">
          <label htmlFor="batch-template">Letter</label>
          <select id="batch-template" value={templateId} onChange={(e) => { setTemplateId(e.target.value as TemplateId); setValues({}); reset() }}>
            {LETTER_TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <p className="when-used">
          <strong>When used:</strong> {template.whenUsed}
        </p>
      </section>

      <section className="card wide" aria-labelledby="batch-cases-heading">
        <h2 id="batch-cases-heading">2. The cases</h2>
        <div className="field">
          <label htmlFor="batch-source">Show</label>
          <select id="batch-source" value={source} onChange={(e) => { setSource(e.target.value as BatchSource); setSelected(new Set()); reset() }}>
            {Object.entries(BATCH_SOURCES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={hideSent} onChange={(e) => { setHideSent(e.target.checked); setSelected(new Set()); reset() }} /> Leave out
          cases already sent this letter
        </label>
        {candidates && sorted.length === 0 && <p className="none">No case to show.</p>}
        {sorted.length > 0 && (
          <table className="case-table compact batch-table">
            <caption className="visually-hidden">Cases to write to</caption>
            <thead>
              <tr>
                <th scope="col" className="check">
                  <input
                    type="checkbox"
                    aria-label="Select every case shown"
                    checked={allShown}
                    onChange={() => { setSelected(allShown ? new Set() : new Set(sorted.map((c) => c.id!))); reset() }}
                  />
                </th>
                <th scope="col">Reference</th>
                <th scope="col">Requester</th>
                <th scope="col">Status</th>
                <th scope="col">Next deadline</th>
                <th scope="col">This letter sent</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => {
                const d = nextDeadline(c)
                return (
                  <tr key={c.id}>
                    <td className="check">
                      <input type="checkbox" aria-label={`Include ${c.reference} ${c.requester.name}`} checked={selected.has(c.id!)} onChange={() => toggle(c.id!)} />
                    </td>
                    <td>
                      <a className="reference" href={hrefFor({ page: 'case', id: c.id! })}>
                        {c.reference}
                      </a>
                    </td>
                    <td>{c.requester.name}</td>
                    <td>
                      <span className={`status status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
                    </td>
                    <td>{d ? `${d.label}: ${formatDateLong(d.due)}` : '—'}</td>
                    <td>{candidates?.sent.has(c.id!) ? formatDateLong(candidates.sent.get(c.id!)!) : '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        <p className="result-count" aria-live="polite">
          {chosen.length} case{chosen.length === 1 ? '' : 's'} selected
        </p>
      </section>

      <section className="card wide" aria-labelledby="batch-check-heading">
        <h2 id="batch-check-heading">3. Check and issue</h2>
        <LetterInputsForm
          specs={specs}
          values={values}
          onChange={(v) => { setValues(v); reset() }}
          note="What you fill in here goes into every letter; left empty, each letter takes what its case says."
        />
        <fieldset className="choices">
          <legend>How they are sent</legend>
          <div className="choice-row">
            {(Object.keys(DELIVERY_LABELS) as LetterDelivery[]).map((d) => (
              <label className="choice" key={d}>
                <input type="radio" name="batch-sent-by" value={d} checked={sentBy === d} onChange={() => setSentBy(d)} /> {DELIVERY_LABELS[d]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={markDeadlines} onChange={(e) => { setMarkDeadlines(e.target.checked); reset() }} /> Mark the deadline each letter meets
          as done (where the case has one)
        </label>
        <div className="actions">
          <button type="button" onClick={check} disabled={running}>
            Check the letters
          </button>
        </div>
        {plan && !result && <PlanSummary plan={plan} />}
        {plan && plan.ready.length > 0 && !result && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => void issue()} disabled={running || !rendering}>
              Issue {plan.ready.length} letter{plan.ready.length === 1 ? '' : 's'}
            </button>
            {running && (
              <button type="button" onClick={() => { cancel.current = true }}>
                Cancel
              </button>
            )}
          </div>
        )}
        {progress && !result && (
          <div className="batch-progress">
            <label htmlFor="batch-progress-bar">
              {STAGE_TEXT[progress.stage]}: {progress.done} of {progress.total}
            </label>
            <progress id="batch-progress-bar" max={progress.total} value={progress.done} />
          </div>
        )}
        {outcome && <Notice tone="success">{outcome}</Notice>}
        {result && (
          <>
            {plan && plan.skipped.length > 0 && <SkippedList skipped={plan.skipped} />}
            <div className="actions">
              <button type="button" className="primary" onClick={() => void act(() => printPdf(result.combined), 'The letters were not printed')}>
                Print all {result.issued}
              </button>
              <button type="button" onClick={() => void act(() => savePdf(result.combined, result.fileName), 'The PDF was not saved')}>
                Save the combined PDF
              </button>
            </div>
            {message && <Notice tone={message.tone}>{message.text}</Notice>}
            <PdfPreview bytes={result.combined} title={`The ${result.issued} letters, combined for printing`} />
          </>
        )}
        {message && !result && <Notice tone={message.tone}>{message.text}</Notice>}
      </section>
      <MergeFieldReference />
    </section>
  )
}

function PlanSummary({ plan }: { plan: { ready: PlannedLetter[]; skipped: SkippedCase[] } }) {
  return (
    <div className="batch-plan" role="status">
      <p>
        <strong>{plan.ready.length}</strong> letter{plan.ready.length === 1 ? ' is' : 's are'} ready to issue.
      </p>
      {plan.skipped.length > 0 && <SkippedList skipped={plan.skipped} />}
    </div>
  )
}

function SkippedList({ skipped }: { skipped: SkippedCase[] }) {
  return (
    <div className="notice notice-warning">
      <p className="notice-title">
        {skipped.length} case{skipped.length === 1 ? '' : 's'} skipped: the letter would go out with a hole
      </p>
      <ul className="skipped-list">
        {skipped.map(({ record, reason, missingFields }) => (
          <li key={record.id} data-skipped={record.reference}>
            <a className="reference" href={hrefFor({ page: 'case', id: record.id! })}>
              {record.reference}
            </a>{' '}
            {record.requester.name}:{' '}
            {missingFields.length > 0
              ? missingFields.map((f) => `[[${f}]] (${MERGE_FIELDS.find((m) => m.name === f)?.description ?? 'a field the letter needs'})`).join('; ')
              : reason}
          </li>
        ))}
      </ul>
      <p>Open each case and write its letter there, or fill the field for all above and check again.</p>
    </div>
  )
}

/** The inputs of a template for every regime among the chosen cases, each once. */
function sharedSpecs(templateId: TemplateId, regimes: readonly Regime[]): InputSpec[] {
  const seen = new Map<string, InputSpec>()
  for (const regime of new Set(regimes)) {
    for (const spec of templateInputs(templateId, regime)) {
      const known = seen.get(spec.field)
      seen.set(spec.field, known ? { ...known, required: known.required || spec.required } : spec)
    }
  }
  return [...seen.values()]
}
