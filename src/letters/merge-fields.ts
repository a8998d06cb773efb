import type { LetterFacts } from './facts'
import { formatLetterDate, joinAsSentence, type LetterLanguage } from './dates'
import { rightName, type LawProfile } from './laws'
import { regulatorContact, type Regulator } from './regulators'

/** What a field's value is computed from. */
export interface MergeContext {
  facts: LetterFacts
  language: LetterLanguage
  law: LawProfile
  regulator: Regulator
}

export type MergeValue = string | string[] | undefined

/** How a list field is laid out when it stands alone as a paragraph: one paragraph per item. */
export type ListStyle = 'lettered' | 'plain'

interface FieldSpec {
  name: string
  description: string
  list?: ListStyle
  value: (ctx: MergeContext) => MergeValue
}

const date = (pick: (f: LetterFacts) => string | undefined) => (ctx: MergeContext) =>
  formatLetterDate(pick(ctx.facts), ctx.language)
const text = (pick: (f: LetterFacts) => string | undefined) => (ctx: MergeContext) => pick(ctx.facts)?.trim() || undefined
const items = (pick: (f: LetterFacts) => string[] | undefined) => (ctx: MergeContext) =>
  (pick(ctx.facts) ?? []).map((s) => s.trim()).filter(Boolean)
const oneLine = (lines: string | string[] | undefined) =>
  (Array.isArray(lines) ? lines : (lines ?? '').split(/\r?\n/))
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ') || undefined

const FIELDS: FieldSpec[] = [
  { name: 'date', description: 'The date of the letter, written out in full.', value: date((f) => f.date) },
  { name: 'reference', description: 'Our case reference, such as PR-2026-0042.', value: text((f) => f.reference) },
  { name: 'requester.name', description: "The requester's full name, exactly as recorded on the case.", value: text((f) => f.requester.name) },
  { name: 'requester.address', description: "The requester's postal address, on one line.", value: (c) => oneLine(c.facts.requester.postalAddress) },
  { name: 'requester.email', description: "The requester's email address.", value: text((f) => f.requester.email) },
  { name: 'received', description: 'The date the request reached the office.', value: date((f) => f.received) },
  { name: 'due', description: 'The date by which we must respond: the deadline computed for the case.', value: date((f) => f.due) },
  { name: 'extendedDue', description: 'The new response date after an extension.', value: date((f) => f.extendedDue) },
  {
    name: 'rights',
    description: 'The rights the requester exercises, named as the applicable law names them, with the article or section.',
    value: (c) => {
      const names = (c.facts.rights ?? []).map((r) => rightName(r, c.facts.regime, c.facts.otherRight))
      if (names.length === 0 || names.some((n) => n === undefined)) return undefined
      return joinAsSentence(names as string[], c.language)
    }
  },
  { name: 'law.name', description: 'The full name of the law the case falls under.', value: (c) => c.law.name },
  { name: 'law.short', description: "The law's short name, used in citations: 'UK GDPR', 'GDPR', 'CCPA'.", value: (c) => c.law.short },
  { name: 'law.dataTerm', description: "What the law calls it: 'personal data' or 'personal information'.", value: (c) => c.law.dataTerm },
  { name: 'law.accessRequest', description: "What the law calls a request for a copy: 'subject access request', 'request to know'.", value: (c) => c.law.accessRequest },
  { name: 'law.responsePeriod', description: "The law's period for a response: 'one month', '45 calendar days'.", value: (c) => c.law.responsePeriod },
  { name: 'law.timeLimit', description: 'The provision that sets the time limit, as cited.', value: (c) => c.law.timeLimit },
  { name: 'law.extension', description: 'A sentence stating what extension of time the law allows (absent where it allows none).', value: (c) => c.law.extension },
  { name: 'organisation.name', description: "The organisation's name, as in the letterhead.", value: text((f) => f.organisation.name) },
  { name: 'organisation.address', description: "The organisation's postal address, on one line.", value: (c) => oneLine(c.facts.organisation.addressLines) },
  { name: 'organisation.email', description: "The privacy office's email address.", value: text((f) => f.organisation.email) },
  { name: 'organisation.phone', description: "The privacy office's telephone number.", value: text((f) => f.organisation.phone) },
  { name: 'signatory.name', description: 'The name of the person who signs the letter.', value: text((f) => f.signatory.name) },
  { name: 'signatory.title', description: "The signatory's job title.", value: text((f) => f.signatory.title) },
  { name: 'signatory.office', description: "The signatory's office (by default, 'Privacy Office').", value: (c) => c.facts.signatory.office?.trim() || 'Privacy Office' },
  { name: 'regulator.name', description: "The supervisory authority or recourse body, as written in a sentence: 'the Information Commissioner's Office (ICO)'.", value: (c) => c.regulator.proseName },
  { name: 'regulator.address', description: "The regulator's postal address, on one line.", value: (c) => oneLine(c.regulator.addressLines) },
  { name: 'regulator.phone', description: "The regulator's telephone number.", value: (c) => c.regulator.phone },
  { name: 'regulator.hours', description: "The regulator's telephone hours.", value: (c) => c.regulator.hours },
  { name: 'regulator.website', description: "The regulator's website.", value: (c) => c.regulator.website },
  { name: 'regulator.contact', description: 'The regulator named in full with every contact detail we hold: address, telephone and hours, website.', value: (c) => regulatorContact(c.regulator) },
  { name: 'reasons', description: 'The reasons for a refusal or an extension, one per item; each becomes a lettered paragraph.', list: 'lettered', value: items((f) => f.reasons) },
  { name: 'identity.evidence', description: 'The proof of identity we ask for, one item each.', list: 'lettered', value: items((f) => f.identity?.evidence) },
  { name: 'identity.reason', description: "Why the requester's identity is in doubt, written to follow 'We are asking for this because'.", value: text((f) => f.identity?.reason) },
  { name: 'clarification.questions', description: 'What the requester needs to clarify, one question each.', list: 'lettered', value: items((f) => f.clarification?.questions) },
  { name: 'clarification.meanwhile', description: 'What we are providing or doing while we wait for the clarification.', value: text((f) => f.clarification?.meanwhile) },
  { name: 'access.purposes', description: 'The purposes for which we process the data (access response).', value: text((f) => f.access?.purposes) },
  { name: 'access.categories', description: 'The categories of personal data concerned (access response).', value: text((f) => f.access?.categories) },
  { name: 'access.recipients', description: 'The recipients or categories of recipient of the data (access response).', value: text((f) => f.access?.recipients) },
  { name: 'access.transfers', description: 'Transfers to other countries and the safeguards for them, or a statement that there are none (access response).', value: text((f) => f.access?.transfers) },
  { name: 'access.retention', description: 'How long the data will be kept, or the criteria for deciding (access response).', value: text((f) => f.access?.retention) },
  { name: 'access.source', description: 'Where the data came from, when not from the requester (access response).', value: text((f) => f.access?.source) },
  { name: 'access.automatedDecisions', description: 'Whether decisions are made by automated means, including profiling, and their logic and effects (access response).', value: text((f) => f.access?.automatedDecisions) },
  { name: 'completion.actions', description: 'What we did to rectify or erase the data, one step each.', list: 'lettered', value: items((f) => f.completion?.actions) },
  { name: 'completion.recipientsInformed', description: 'The recipients we told of the rectification or erasure (Art. 19), if we name them.', value: text((f) => f.completion?.recipientsInformed) },
  { name: 'completion.backups', description: 'What happens to copies of the data in backups, and when.', value: text((f) => f.completion?.backups) },
  { name: 'completion.retained', description: 'Any data we kept despite an erasure request, and the legal reason for keeping it.', value: text((f) => f.completion?.retained) },
  { name: 'marketing.channels', description: 'The marketing channels the opt-out covers (email, post, telephone, text message).', value: text((f) => f.marketing?.channels) },
  { name: 'refusal.extent', description: "Whether we refuse the request 'in full' or 'in part'.", value: (c) => (c.facts.refusal?.extent === 'part' ? 'in part' : c.facts.refusal?.extent === 'whole' ? 'in full' : undefined) },
  { name: 'refusal.provided', description: 'For a refusal in part: what we have provided or done.', value: text((f) => f.refusal?.provided) },
  { name: 'notice.recipient.name', description: 'The recipient of the data we notify of a change (Art. 19 notice).', value: text((f) => f.notice?.recipient?.name) },
  { name: 'notice.recipient.address', description: 'The postal address (or email) of the recipient we notify (Art. 19 notice).', value: (c) => oneLine(c.facts.notice?.recipient?.postalAddress) ?? text((f) => f.notice?.recipient?.email)(c) },
  { name: 'notice.change', description: 'The change made to the data: what was rectified, erased or restricted (Art. 19 notice).', value: text((f) => f.notice?.change) },
  { name: 'notice.confirmBy', description: 'The date by which the recipient should confirm it has made the change.', value: date((f) => f.notice?.confirmBy) },
  { name: 'complaint.received', description: 'The date the complaint reached the office.', value: date((f) => f.complaint?.received) },
  { name: 'complaint.respondBy', description: 'The date by which we expect to give the outcome of the complaint.', value: date((f) => f.complaint?.respondBy) },
  {
    name: 'complaint.points',
    description: 'Each point of the complaint with our response to it; each becomes a numbered paragraph.',
    list: 'plain',
    value: (c) =>
      (c.facts.complaint?.points ?? [])
        .filter((p) => p.point.trim() || p.response.trim())
        .map((p, i) => `${i + 1}. ${p.point.trim() || '[[complaint.point]]'}\nOur response: ${p.response.trim() || '[[complaint.response]]'}`)
  },
  { name: 'complaint.outcome', description: 'The outcome of the complaint and what we will do.', value: text((f) => f.complaint?.outcome) },
  { name: 'ico.reference', description: "The ICO's case reference, from the case officer's letter.", value: text((f) => f.ico?.caseReference) },
  { name: 'ico.officer', description: 'The name of the ICO case officer.', value: text((f) => f.ico?.officer) },
  { name: 'ico.letterDate', description: "The date of the case officer's letter.", value: date((f) => f.ico?.letterDate) },
  { name: 'ico.replyBy', description: 'The date by which the case officer asked for our reply.', value: date((f) => f.ico?.replyBy) },
  { name: 'ico.processing', description: "For the ICO: how we processed the complainant's data.", value: text((f) => f.ico?.processing) },
  { name: 'ico.actions', description: 'For the ICO: what we have done about the complaint.', value: text((f) => f.ico?.actions) },
  { name: 'ico.remedy', description: 'For the ICO: how we are putting things right.', value: text((f) => f.ico?.remedy) },
  { name: 'enclosures', description: "The documents sent with the letter, listed under 'Enclosures'.", value: items((f) => f.enclosures) },
  { name: 'additionalInformation', description: 'Any further text the office adds before the closing paragraph.', value: text((f) => f.additionalInformation) }
]

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]))

/** Every merge field a template may use, with a plain-English description for the user. */
export const MERGE_FIELDS: readonly { name: string; description: string }[] = FIELDS.map(({ name, description }) => ({
  name,
  description
}))

export function isMergeField(name: string): boolean {
  return BY_NAME.has(name)
}

/** A field's value, or undefined when the facts do not give it (an empty list counts as absent). */
export function mergeValue(name: string, ctx: MergeContext): MergeValue {
  const value = BY_NAME.get(name)?.value(ctx)
  if (Array.isArray(value)) return value.length > 0 ? value : undefined
  return value || undefined
}

export function listStyle(name: string): ListStyle | undefined {
  return BY_NAME.get(name)?.list
}
