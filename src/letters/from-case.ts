import type { Case, OfficeSettings, StoredDeadline } from '../domain/case'
import type { IsoDate } from '../domain/dates'
import type { LetterFacts } from './facts'
import { defaultRegulator, type Regulator } from './regulators'
import { findTemplate, type TemplateId } from './templates'
import { outcomeOfRight } from '../domain/right-outcomes'
import { RIGHT_SHORT_LABELS, type Right } from '../domain/rights'

/** What a letter takes from the office's settings: the letterhead and the signatory. */
export type LetterSettings = Pick<
  OfficeSettings,
  | 'organisationName'
  | 'organisationAddress'
  | 'privacyEmail'
  | 'organisationPhone'
  | 'organisationWebsite'
  | 'signatoryName'
  | 'signatoryTitle'
>

/** What the office writes for one letter, beyond what the case holds: reasons, evidence needed, Art. 15 contents… */
export type LetterInputs = Partial<
  Pick<
    LetterFacts,
    | 'reasons'
    | 'identity'
    | 'clarification'
    | 'access'
    | 'completion'
    | 'marketing'
    | 'refusal'
    | 'notice'
    | 'complaint'
    | 'ico'
    | 'enclosures'
    | 'additionalInformation'
  >
>

export interface FromCaseOptions {
  /** The day the letter is issued. */
  date: IsoDate
  inputs?: LetterInputs
  /** The body to name for complaints; by default the template's body for the case's regime. */
  regulator?: Regulator
}

const NESTED = ['identity', 'clarification', 'access', 'completion', 'marketing', 'refusal', 'notice', 'complaint', 'ico'] as const

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined)
const deadline = (c: Case, key: string): StoredDeadline | undefined => c.deadlines.find((d) => d.key === key)

/**
 * The facts of a letter from a case and the office's settings. Dates come from the
 * deadlines computed for the case, never from the user: for an extended request, {{due}}
 * is the end of the first period and {{extendedDue}} the new date.
 */
export function letterFactsFromCase(
  templateId: TemplateId,
  c: Case,
  settings: LetterSettings,
  options: FromCaseOptions
): LetterFacts {
  const template = findTemplate(templateId)
  if (!template) throw new Error(`There is no letter template called "${templateId}".`)
  const respond = deadline(c, 'respond')
  const extended = c.clock.extension !== undefined
  const complaintDue = deadline(c, 'complaint-response') ?? deadline(c, 'office-target')

  const facts: LetterFacts = {
    date: options.date,
    reference: c.reference,
    regime: c.regime,
    jurisdiction: blank(c.jurisdiction),
    regimeOther: blank(c.regimeOther),
    requester: {
      name: c.requester.name.trim(),
      postalAddress: blank(c.requester.postalAddress),
      email: blank(c.requester.email)
    },
    received: c.received,
    due: extended ? deadline(c, 'extension-notice')?.due : respond?.due,
    extendedDue: extended ? respond?.due : undefined,
    rights: [...c.rights],
    otherRight: blank(c.otherRight),
    organisation: {
      name: settings.organisationName.trim(),
      addressLines: settings.organisationAddress.split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
      email: blank(settings.privacyEmail),
      phone: blank(settings.organisationPhone),
      website: blank(settings.organisationWebsite)
    },
    signatory: { name: settings.signatoryName.trim(), title: settings.signatoryTitle.trim() },
    regulator: options.regulator ?? defaultRegulator(template.regulatorRole, c.regime, blank(c.jurisdiction)),
    complaint: c.kind === 'complaint' ? { received: c.received, respondBy: complaintDue?.due } : undefined
  }
  return withInputs(facts, options.inputs ?? {})
}

/** The inputs laid over the facts: a section the user filled replaces the case's, field by field. */
function withInputs(facts: LetterFacts, inputs: LetterInputs): LetterFacts {
  const merged: LetterFacts = { ...facts }
  if (inputs.reasons) merged.reasons = inputs.reasons
  if (inputs.enclosures) merged.enclosures = inputs.enclosures
  if (inputs.additionalInformation !== undefined) merged.additionalInformation = inputs.additionalInformation
  for (const key of NESTED) {
    const given = inputs[key]
    if (!given) continue
    const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined))
    ;(merged as unknown as Record<string, unknown>)[key] = { ...(facts[key] ?? {}), ...defined }
  }
  return merged
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

const inWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

/** For a refusal in part, from the outcome of each right: "we have dealt in full with your request for access." */
function whatWasProvided(c: Case): string | undefined {
  const named = (outcome: string) => c.rights.filter((r) => c.rightOutcomes?.[r] === outcome).map((r) => RIGHT_SHORT_LABELS[r].toLowerCase())
  const parts = [
    ...(named('fulfilled').length ? [`in full with your request for ${inWords(named('fulfilled'))}`] : []),
    ...(named('partly-fulfilled').length ? [`in part with your request for ${inWords(named('partly-fulfilled'))}`] : [])
  ]
  return parts.length ? `we have dealt ${parts.join(', and ')}.` : undefined
}

/**
 * What the case already says that a template needs, to prefill its form: the reasons
 * recorded for an extension or a refusal, the extent of a refusal, the ICO's case details.
 */
export function suggestedInputs(templateId: TemplateId, c: Case): LetterInputs {
  switch (templateId) {
    case 'extension-notice':
      return c.clock.extension ? { reasons: lines(c.clock.extension.reason) } : {}
    case 'refusal': {
      const extent = c.outcome === 'partly-fulfilled' ? 'part' : c.outcome === 'refused' ? 'whole' : undefined
      const provided = extent === 'part' ? whatWasProvided(c) : undefined
      return { reasons: lines(c.refusalReason), ...(extent ? { refusal: { extent, ...(provided ? { provided } : {}) } } : {}) }
    }
    case 'ico-reply': {
      const ico = [...(c.escalations ?? [])].reverse().find((e) => e.body.id === 'ico')
      if (!ico) return {}
      return {
        ico: {
          caseReference: blank(ico.bodyReference),
          officer: blank(ico.officer.name),
          letterDate: blank(ico.letterReceived),
          replyBy: blank(ico.replyBy)
        }
      }
    }
    default:
      return {}
  }
}

/**
 * The templates that fit the case as it stands, most pressing first: an acknowledgement
 * for a new request, the extension notice once extended, the refusal once refused…
 * `issued` lists the templates already sent on the case, which are not suggested again.
 */
export function suggestedTemplates(c: Case, issued: readonly string[] = []): TemplateId[] {
  const out: TemplateId[] = []
  const add = (id: TemplateId, when = true) => {
    if (when && !issued.includes(id) && !out.includes(id)) out.push(id)
  }
  if (c.kind === 'complaint') {
    add('complaint-acknowledgement', c.status !== 'closed')
    add('complaint-response')
    add('dpf-complaint-response', c.regime === 'CCPA' || c.regime === 'US-STATE' || c.regime === 'EU-GDPR' || c.regime === 'UK-GDPR')
    add('ico-reply', (c.escalations ?? []).some((e) => e.body.id === 'ico' && !e.outcome))
    return out
  }
  const rights = c.rights
  if (c.status === 'received') add('acknowledgement')
  if (c.status === 'awaiting-identity') add('identity-verification')
  if (c.status === 'awaiting-clarification') add('clarification-request')
  if (c.clock.extension && c.clock.met['extension-notice'] === undefined) add('extension-notice')
  if (c.outcome === 'refused' || c.outcome === 'partly-fulfilled') add('refusal')
  const answering = c.status === 'in-progress' || c.status === 'extended' || c.status === 'responded' || c.outcome === 'fulfilled' || c.outcome === 'partly-fulfilled'
  const refusedWhole = c.outcome === 'refused' || c.outcome === 'withdrawn'
  // A right refused or withdrawn gets no confirmation, even when the others of the request were fulfilled.
  const granted = (r: Right) => {
    const o = rights.includes(r) ? outcomeOfRight(c, r) : 'refused'
    return o === undefined || o === 'fulfilled' || o === 'partly-fulfilled'
  }
  add('marketing-opt-out', granted('marketing-opt-out'))
  if (answering && !refusedWhole) {
    add('access-response', granted('access') || granted('portability'))
    add('erasure-confirmation', granted('erasure'))
    add('rectification-confirmation', granted('rectification'))
    add('notice-to-recipients', granted('erasure') || granted('rectification') || granted('restriction'))
  }
  if (c.status === 'in-progress') add('acknowledgement')
  return out
}

/** Which deadline of the case issuing a template may mark done, and whether to offer it ticked. */
export interface DeadlineMetByLetter {
  key: string
  label: string
  /** Ticked by default: the letter is itself what the deadline asks for. */
  byDefault: boolean
}

const MEETS: Partial<Record<TemplateId, { key: string; byDefault: boolean }>> = {
  acknowledgement: { key: 'acknowledge', byDefault: true },
  'extension-notice': { key: 'extension-notice', byDefault: true },
  'marketing-opt-out': { key: 'marketing-opt-out', byDefault: true },
  'complaint-acknowledgement': { key: 'complaint-acknowledge', byDefault: true },
  'complaint-response': { key: 'complaint-response', byDefault: true },
  'dpf-complaint-response': { key: 'complaint-response', byDefault: true },
  // A response letter may answer only one of several rights: the user says when it completes the response.
  'access-response': { key: 'respond', byDefault: false },
  'erasure-confirmation': { key: 'respond', byDefault: false },
  'rectification-confirmation': { key: 'respond', byDefault: false },
  refusal: { key: 'respond', byDefault: false }
}

/** The deadline still open on the case that this letter can meet, if any. */
export function deadlineMetByLetter(templateId: TemplateId, c: Case): DeadlineMetByLetter | undefined {
  const meets = MEETS[templateId]
  if (!meets || c.status === 'closed') return undefined
  const d = deadline(c, meets.key)
  if (!d || c.clock.met[meets.key] !== undefined) return undefined
  return { key: d.key, label: d.label, byDefault: meets.byDefault }
}
