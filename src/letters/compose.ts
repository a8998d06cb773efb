import type { IsoDate } from '../domain/dates'
import type { Regime } from '../domain/regimes'
import type { LetterFacts } from './facts'
import { formatLetterDate, type LetterLanguage } from './dates'
import { lawProfile } from './laws'
import { listStyle, mergeValue, type MergeContext } from './merge-fields'
import { defaultRegulator } from './regulators'
import type { LetterTemplate, TemplateText } from './template'
import { findTemplate, type TemplateId } from './templates'

/** A letter ready to check, edit and render: every merge field filled, or marked [[field.name]] and listed. */
export interface ComposedLetter {
  templateId: TemplateId
  title: string
  /** The letter's date, as a calendar date. */
  date: IsoDate
  /** The same date written out, as printed. */
  dateText: string
  reference: string
  letterhead: { name: string; addressLines: string[]; contactLines: string[] }
  recipient: { name: string; addressLines: string[]; email?: string }
  /** Our reference, and the addressee's own reference where there is one. */
  references: { label: string; value: string }[]
  /** The same references on one line: "Our reference: PR-2026-0042 · Your reference: IC-…". */
  referenceLine: string
  salutation: string
  subject: string
  paragraphs: string[]
  closing: string
  signature: { name: string; title: string; office: string }
  enclosures: string[]
  language: LetterLanguage
  /** Every merge field the facts could not fill, by name, in the order they appear. Empty when complete. */
  missingFields: string[]
}

const FIELD = /\{\{\s*([\w.]+)\s*\}\}/g
const LONE_FIELD = /^\{\{\s*([\w.]+)\s*\}\}$/
const HOLE = /\[\[([\w.]+)\]\]/g

/** US letters are written in American English with American dates; every other regime in British English. */
export function letterLanguage(regime: Regime): LetterLanguage {
  return regime === 'CCPA' || regime === 'US-STATE' ? 'en-US' : 'en-GB'
}

export function composeLetter(templateId: TemplateId, facts: LetterFacts): ComposedLetter {
  const template = findTemplate(templateId)
  if (!template) throw new Error(`There is no letter template called "${templateId}".`)
  const language = letterLanguage(facts.regime)
  const ctx: MergeContext = {
    facts,
    language,
    law: lawProfile(facts.regime, facts.jurisdiction, facts.regimeOther),
    regulator: facts.regulator ?? defaultRegulator(template.regulatorRole, facts.regime, facts.jurisdiction)
  }
  const fill = (text: string) =>
    text.replace(FIELD, (_, name: string) => {
      const value = mergeValue(name, ctx)
      if (value === undefined) return `[[${name}]]`
      return Array.isArray(value) ? value.join('; ') : value
    })
  const has = (name: string) => mergeValue(name, ctx) !== undefined
  const applies = (t: TemplateText) =>
    (!t.regimes || t.regimes.includes(facts.regime)) &&
    (!t.rights || t.rights.some((r) => facts.rights?.includes(r))) &&
    (!t.ifPresent || has(t.ifPresent)) &&
    (!t.ifAbsent || !has(t.ifAbsent)) &&
    (!t.refusal || facts.refusal?.extent === t.refusal)

  const paragraphs = template.paragraphs.filter(applies).flatMap((p) => expand(p.text, ctx, fill))
  const subject = fill(template.subject.find(applies)?.text ?? template.title)
  const recipient = composeRecipient(template, facts, ctx)
  const greeting = salutation(template, facts, recipient.name, language)
  const reference = fill('{{reference}}')
  const references = [{ label: 'Our reference', value: reference }]
  if (template.theirReference) references.push({ label: 'Your reference', value: fill(template.theirReference) })
  const enclosures = [...(template.enclosures ?? []).map(fill), ...((mergeValue('enclosures', ctx) as string[]) ?? [])]
  if (template.requiresEnclosures && enclosures.length === 0) enclosures.push('[[enclosures]]')
  const addressLines = lines(facts.organisation.addressLines)

  const letter: ComposedLetter = {
    templateId,
    title: template.title,
    date: facts.date,
    dateText: formatLetterDate(facts.date, language) ?? '[[date]]',
    reference,
    letterhead: {
      name: fill('{{organisation.name}}'),
      addressLines: addressLines.length > 0 ? addressLines : ['[[organisation.address]]'],
      contactLines: [facts.organisation.email, facts.organisation.phone, facts.organisation.website]
        .map((s) => s?.trim() ?? '')
        .filter(Boolean)
    },
    recipient,
    references,
    referenceLine: references.map((r) => `${r.label}: ${r.value}`).join(' · '),
    salutation: greeting,
    subject,
    paragraphs,
    closing: closing(greeting, language),
    signature: {
      name: fill('{{signatory.name}}'),
      title: fill('{{signatory.title}}'),
      office: fill('{{signatory.office}}, {{organisation.name}}')
    },
    enclosures,
    language,
    missingFields: []
  }
  letter.missingFields = holesIn(letter)
  return letter
}

/** A paragraph that is exactly one list field becomes one paragraph per item. */
function expand(text: string, ctx: MergeContext, fill: (t: string) => string): string[] {
  const lone = LONE_FIELD.exec(text.trim())
  const style = lone ? listStyle(lone[1]!) : undefined
  if (!lone || !style) return [fill(text)]
  const value = mergeValue(lone[1]!, ctx)
  if (value === undefined) return [`[[${lone[1]}]]`]
  const items = Array.isArray(value) ? value : [value]
  if (style === 'plain' || items.length === 1) return items
  return items.map((item, i) => `(${letterIndex(i)}) ${item}`)
}

function letterIndex(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `${letterIndex(Math.floor(i / 26) - 1)}${letterIndex(i % 26)}`
}

function composeRecipient(
  template: LetterTemplate,
  facts: LetterFacts,
  ctx: MergeContext
): ComposedLetter['recipient'] {
  if (template.addressee === 'regulator') {
    const officer = facts.ico?.officer?.trim()
    const body = ctx.regulator
    const address = body.addressLines.length > 0 ? body.addressLines : ['[[regulator.address]]']
    return { name: officer || body.name, addressLines: officer ? [body.name, ...address] : address }
  }
  const who = template.addressee === 'notice-recipient' ? facts.notice?.recipient : facts.requester
  const field = template.addressee === 'notice-recipient' ? 'notice.recipient' : 'requester'
  const name = who?.name?.trim() || `[[${field}.name]]`
  const addressLines = lines((who?.postalAddress ?? '').split(/\r?\n/))
  const email = who?.email?.trim() || undefined
  if (addressLines.length === 0 && !email) addressLines.push(`[[${field}.address]]`)
  return email ? { name, addressLines, email } : { name, addressLines }
}

function salutation(template: LetterTemplate, facts: LetterFacts, recipientName: string, language: LetterLanguage): string {
  const mark = language === 'en-US' ? ':' : ','
  const named =
    template.addressee === 'requester'
      ? recipientName
      : template.addressee === 'notice-recipient'
        ? facts.notice?.recipient?.contactName?.trim()
        : facts.ico?.officer?.trim()
  return named ? `Dear ${formalName(named)}${mark}` : `Dear Sir or Madam${mark}`
}

/** "Mr Daniel Hughes" is addressed as "Mr Hughes"; a name without a title is used whole. */
function formalName(name: string): string {
  const m = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)(\.?)\s+(?:\S+\s+)+(\S+)$/u.exec(name)
  return m ? `${m[1]}${m[2]} ${m[3]}` : name
}

/** British usage: "Yours faithfully" to an unnamed reader, "Yours sincerely" to a named one. */
function closing(salutationText: string, language: LetterLanguage): string {
  if (language === 'en-US') return 'Sincerely,'
  return salutationText.startsWith('Dear Sir or Madam') ? 'Yours faithfully,' : 'Yours sincerely,'
}

function lines(values: readonly string[]): string[] {
  return values.map((s) => s.trim()).filter(Boolean)
}

/** Every [[field]] still in a composed (or edited) letter: a letter with one is never issued. */
export function holesIn(letter: ComposedLetter): string[] {
  const texts = [
    letter.dateText,
    letter.letterhead.name,
    ...letter.letterhead.addressLines,
    letter.recipient.name,
    ...letter.recipient.addressLines,
    letter.referenceLine,
    letter.subject,
    ...letter.paragraphs,
    letter.signature.name,
    letter.signature.title,
    letter.signature.office,
    ...letter.enclosures
  ]
  const found = new Set<string>()
  for (const text of texts) for (const m of text.matchAll(HOLE)) found.add(m[1]!)
  return [...found]
}
