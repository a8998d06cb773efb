import { findTemplate, MERGE_FIELDS, type ComplaintPoint, type TemplateId, type TemplateText } from '../../../src/letters'
import type { LetterInputs } from '../../../src/letters/from-case'
import type { Regime } from '../../../src/domain/regimes'

/** How the office fills an input: a sentence, a list (one item per line), a date, a choice, complaint points. */
export type InputKind = 'text' | 'address' | 'line' | 'lines' | 'date' | 'extent' | 'points'

export interface InputSpec {
  /** The merge field it fills, as the templates name it. */
  field: string
  label: string
  description: string
  kind: InputKind
  /** Used by a paragraph that is always in the letter: without it the letter has a hole. */
  required: boolean
}

/** The case-specific inputs a template may need: everything that is not the case's own facts or the settings. */
const INPUTS: Record<string, { label: string; kind: InputKind; description?: string }> = {
  reasons: { label: 'Reasons', kind: 'lines' },
  'identity.reason': { label: 'Why the identity is in doubt', kind: 'text' },
  'identity.evidence': { label: 'Proof of identity needed', kind: 'lines' },
  'clarification.questions': { label: 'What needs clarifying', kind: 'lines' },
  'clarification.meanwhile': { label: 'What we provide meanwhile', kind: 'text' },
  'access.purposes': { label: 'Purposes of the processing', kind: 'text' },
  'access.categories': { label: 'Categories of data', kind: 'text' },
  'access.recipients': { label: 'Recipients', kind: 'text' },
  'access.transfers': { label: 'Transfers abroad and safeguards', kind: 'text' },
  'access.retention': { label: 'Retention period or criteria', kind: 'text' },
  'access.source': { label: 'Source of the data', kind: 'text' },
  'access.automatedDecisions': { label: 'Automated decision-making', kind: 'text' },
  'completion.actions': { label: 'What was done', kind: 'lines' },
  'completion.recipientsInformed': { label: 'Recipients told of the change', kind: 'text' },
  'completion.backups': { label: 'What happens to backups', kind: 'text' },
  'completion.retained': { label: 'Data kept, and why', kind: 'text' },
  'marketing.channels': { label: 'Marketing channels stopped', kind: 'text' },
  'refusal.extent': { label: 'Refused', kind: 'extent' },
  'refusal.provided': { label: 'What we provided (refusal in part)', kind: 'text' },
  'notice.recipient.name': { label: 'Recipient of the data', kind: 'line' },
  'notice.recipient.contactName': {
    label: 'Contact at the recipient',
    kind: 'line',
    description: 'The person the notice is addressed to by name ("Dear Ms Raman"); leave empty for "Dear Sir or Madam".'
  },
  'notice.recipient.address': { label: 'Recipient’s postal address', kind: 'address' },
  'notice.recipient.email': { label: 'Recipient’s email', kind: 'line', description: 'Used when the recipient has no postal address.' },
  'notice.change': { label: 'The change made', kind: 'text' },
  'notice.confirmBy': { label: 'Confirm by', kind: 'date' },
  'complaint.received': { label: 'Complaint received on', kind: 'date' },
  'complaint.respondBy': { label: 'Outcome expected by', kind: 'date' },
  'complaint.points': { label: 'Points of the complaint and our responses', kind: 'points' },
  'complaint.outcome': { label: 'Outcome of the complaint', kind: 'text' },
  'ico.reference': { label: 'ICO case reference', kind: 'line' },
  'ico.officer': { label: 'ICO case officer', kind: 'line' },
  'ico.letterDate': { label: 'Date of the officer’s letter', kind: 'date' },
  'ico.replyBy': { label: 'Reply asked for by', kind: 'date' },
  'ico.processing': { label: 'How the data was processed', kind: 'text' },
  'ico.actions': { label: 'What we have done', kind: 'text' },
  'ico.remedy': { label: 'How we are putting it right', kind: 'text' },
  enclosures: { label: 'Enclosures', kind: 'lines' },
  additionalInformation: { label: 'Additional paragraph', kind: 'text' }
}

const FIELD = /\{\{\s*([\w.]+)\s*\}\}/g
const describe = (field: string) =>
  INPUTS[field]?.description ?? MERGE_FIELDS.find((f) => f.name === field)?.description ?? ''

/** Whether a text is used whatever the case: only its regime may rule it out. */
const unconditional = (t: TemplateText) => !t.ifPresent && !t.rights && !t.refusal

/** The inputs a template needs for a case under `regime`, in the order the letter uses them. */
export function templateInputs(templateId: TemplateId, regime: Regime): InputSpec[] {
  const template = findTemplate(templateId)
  if (!template) return []
  const found = new Map<string, boolean>()
  const note = (field: string, required: boolean) => {
    if (!(field in INPUTS)) return
    found.set(field, (found.get(field) ?? false) || required)
  }
  if (template.addressee === 'notice-recipient') {
    for (const f of ['notice.recipient.name', 'notice.recipient.contactName', 'notice.recipient.address', 'notice.recipient.email'])
      note(f, f === 'notice.recipient.name')
  }
  if (template.addressee === 'regulator') note('ico.officer', false)
  const texts = [...template.subject, ...template.paragraphs].filter((t) => !t.regimes || t.regimes.includes(regime))
  for (const t of texts) {
    if (t.refusal) note('refusal.extent', true)
    for (const m of t.text.matchAll(FIELD)) note(m[1]!, unconditional(t))
    if (t.ifPresent) note(t.ifPresent, false)
  }
  note('enclosures', template.requiresEnclosures === true)
  if (found.has('additionalInformation') || template.addressee === 'requester') note('additionalInformation', false)
  return [...found].map(([field, required]) => ({ field, required, description: describe(field), ...INPUTS[field]! }))
}

/** What the form holds: one value per field, text as typed; complaint points as pairs. */
export type InputValues = Record<string, string | ComplaintPoint[]>

const toLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

const PATHS: Record<string, string[]> = {
  'notice.recipient.address': ['notice', 'recipient', 'postalAddress'],
  'ico.reference': ['ico', 'caseReference']
}

function pathOf(field: string): string[] {
  return PATHS[field] ?? field.split('.')
}

/** The form's values as letter inputs: empty values are left out, so the case's own facts stay. */
export function toLetterInputs(values: InputValues, specs: readonly InputSpec[]): LetterInputs {
  const out: Record<string, unknown> = {}
  for (const spec of specs) {
    const raw = values[spec.field]
    let value: unknown
    if (spec.kind === 'points') {
      const points = (Array.isArray(raw) ? raw : []).filter((p) => p.point.trim() || p.response.trim())
      value = points.length ? points.map((p) => ({ point: p.point.trim(), response: p.response.trim() })) : undefined
    } else if (typeof raw === 'string' && raw.trim()) {
      value = spec.kind === 'lines' ? toLines(raw) : spec.kind === 'address' ? raw.trim() : raw.trim()
    }
    if (value === undefined) continue
    const path = pathOf(spec.field)
    let node = out
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
    node[path[path.length - 1]!] = value
  }
  return out as LetterInputs
}

/** Letter inputs (the case's suggestions) as form values, to prefill the form. */
export function toInputValues(inputs: LetterInputs, specs: readonly InputSpec[]): InputValues {
  const values: InputValues = {}
  for (const spec of specs) {
    let node: unknown = inputs
    for (const key of pathOf(spec.field)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
    if (node === undefined) continue
    if (spec.kind === 'points') values[spec.field] = node as ComplaintPoint[]
    else values[spec.field] = Array.isArray(node) ? node.join('\n') : String(node)
  }
  return values
}
