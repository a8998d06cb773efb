import { useId } from 'react'
import type { ComplaintPoint } from '../../../src/letters'
import type { InputSpec, InputValues } from './template-inputs'

interface Props {
  specs: readonly InputSpec[]
  values: InputValues
  onChange: (values: InputValues) => void
  /** Shown under the legend: where the prefilled values came from. */
  note?: string
}

/** The form a template needs, generated from its merge fields: one control per input. */
export function LetterInputsForm({ specs, values, onChange, note }: Props) {
  if (specs.length === 0) return <p className="hint">This letter needs nothing beyond the case and the settings.</p>
  const set = (field: string, value: string | ComplaintPoint[]) => onChange({ ...values, [field]: value })
  return (
    <fieldset className="letter-inputs">
      <legend>What this letter needs</legend>
      {note && <p className="hint">{note}</p>}
      {specs.map((spec) => (
        <InputControl key={spec.field} spec={spec} value={values[spec.field]} onChange={(v) => set(spec.field, v)} />
      ))}
    </fieldset>
  )
}

function InputControl({ spec, value, onChange }: { spec: InputSpec; value: InputValues[string] | undefined; onChange: (v: string | ComplaintPoint[]) => void }) {
  const id = useId()
  const hintId = `${id}-hint`
  const text = typeof value === 'string' ? value : ''
  const label = (
    <label htmlFor={id}>
      {spec.label}
      {spec.required && (
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  )
  const hint = (
    <p className="hint" id={hintId}>
      {spec.description}
      {spec.kind === 'lines' && ' One per line.'}
      <span className="field-name"> Field: {spec.field}</span>
    </p>
  )
  const common = { id, 'aria-describedby': hintId, 'aria-required': spec.required || undefined, 'data-field': spec.field }
  if (spec.kind === 'points') return <PointsControl spec={spec} value={Array.isArray(value) ? value : []} onChange={onChange} />
  return (
    <div className="field">
      {label}
      {hint}
      {spec.kind === 'extent' ? (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose…</option>
          <option value="whole">In full</option>
          <option value="part">In part</option>
        </select>
      ) : spec.kind === 'date' ? (
        <input type="date" {...common} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : spec.kind === 'line' ? (
        <input type="text" {...common} value={text} maxLength={2000} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <textarea {...common} rows={spec.kind === 'text' ? 3 : 4} value={text} maxLength={20000} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  )
}

function PointsControl({ spec, value, onChange }: { spec: InputSpec; value: ComplaintPoint[]; onChange: (v: ComplaintPoint[]) => void }) {
  const rows = value.length > 0 ? value : [{ point: '', response: '' }]
  const update = (i: number, part: keyof ComplaintPoint, text: string) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, [part]: text } : row)))
  return (
    <fieldset className="points" data-field={spec.field}>
      <legend>
        {spec.label}
        {spec.required && <span className="required" aria-hidden="true"> *</span>}
      </legend>
      <p className="hint">{spec.description}</p>
      {rows.map((row, i) => (
        <div className="point" key={i}>
          <label>
            Point {i + 1}
            <textarea rows={2} value={row.point} maxLength={5000} onChange={(e) => update(i, 'point', e.target.value)} />
          </label>
          <label>
            Our response to point {i + 1}
            <textarea rows={3} value={row.response} maxLength={10000} onChange={(e) => update(i, 'response', e.target.value)} />
          </label>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...rows, { point: '', response: '' }])}>
        Add a point
      </button>
    </fieldset>
  )
}
