import { z } from 'zod'
import { lineField, textField } from '../domain/text'
import { AAA, type Regulator } from '../letters/regulators'
import type { EscalationBody } from './types'

export const BODY_KINDS = ['dpf-recourse', 'uk-regulator', 'eu-authority', 'other'] as const
export type BodyKind = (typeof BODY_KINDS)[number]

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  'dpf-recourse': 'DPF recourse mechanism',
  'uk-regulator': 'UK regulator',
  'eu-authority': 'EU supervisory authority',
  other: 'Other'
}

/** A body in the office's directory: where complaints escalate, and whom letters name. */
export interface ComplaintBody {
  id: string
  name: string
  /** The abbreviation used in a sentence ("the ICO"); may be empty. */
  shortName: string
  kind: BodyKind
  /** One line per line of the envelope. */
  address: string
  phone: string
  hours: string
  email: string
  website: string
}

/** The bodies every office starts with, as DOMAIN.md gives them (the same as the letters' defaults). */
export const DEFAULT_BODIES: readonly ComplaintBody[] = [
  {
    id: 'ico',
    name: "Information Commissioner's Office",
    shortName: 'ICO',
    kind: 'uk-regulator',
    address: 'Churchill House\n17 Churchill Way\nCardiff CF10 2HH',
    phone: '029 2067 8400',
    hours: '',
    email: '',
    website: 'ico.org.uk'
  },
  {
    id: 'aaa',
    name: 'American Arbitration Association',
    shortName: 'AAA',
    kind: 'dpf-recourse',
    address: '',
    phone: '800.778.7879',
    hours: '9AM–8PM EST, Monday–Friday',
    email: '',
    website: ''
  }
]

export const bodyFormSchema = z.object({
  name: lineField('The name', 200).refine((s) => s.length > 0, { message: 'Enter the name of the body, as on its letters.' }),
  shortName: lineField('The short name', 20),
  kind: z.enum(BODY_KINDS, { message: 'Choose what kind of body it is.' }),
  address: textField('The address', 1000).transform((s) => s.trim()),
  phone: lineField('The phone number', 60),
  hours: lineField('The opening hours', 200),
  email: lineField('The email address', 254).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s), {
    message: 'Enter the email address in the form name@example.org, or leave it empty.'
  }),
  website: lineField('The website', 300)
})
export type BodyFormInput = z.input<typeof bodyFormSchema>
export type BodyForm = z.output<typeof bodyFormSchema>

export function emptyBodyForm(): BodyFormInput {
  return { name: '', shortName: '', kind: 'other', address: '', phone: '', hours: '', email: '', website: '' }
}

/** A stable id for a new body, from its name, not clashing with those taken. */
export function newBodyId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'body'
  if (!taken.includes(slug)) return slug
  let n = 2
  while (taken.includes(`${slug}-${n}`)) n++
  return `${slug}-${n}`
}

/** The body's name with its article, and its abbreviation: "the Information Commissioner's Office (ICO)". */
export function bodyProseName(body: Pick<ComplaintBody, 'name' | 'shortName'>): string {
  const name = /^the\s/i.test(body.name) ? body.name.replace(/^The\s/, 'the ') : `the ${body.name}`
  return body.shortName ? `${name} (${body.shortName})` : name
}

/** The body as a short phrase for labels: "the ICO", or its full name. */
export function bodyShortPhrase(body: EscalationBody): string {
  if (body.shortName) return `the ${body.shortName}`
  return /^the\s/i.test(body.name) ? body.name.replace(/^The\s/, 'the ') : `the ${body.name}`
}

/** The part of a body an escalation keeps. */
export function bodyRef(body: ComplaintBody): EscalationBody {
  return body.shortName ? { id: body.id, name: body.name, shortName: body.shortName } : { id: body.id, name: body.name }
}

/**
 * The body as the letter templates take it (LetterFacts.regulator): the ICO and
 * the AAA of the default directory map to exactly src/letters/regulators.ts's entries.
 */
export function regulatorFromBody(body: ComplaintBody): Regulator {
  const regulator: Regulator = {
    id: body.id,
    name: body.name,
    proseName: bodyProseName(body),
    addressLines: body.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  }
  if (body.kind === 'dpf-recourse') regulator.description = AAA.description
  if (body.phone) regulator.phone = body.phone
  if (body.hours) regulator.hours = body.hours
  if (body.website) regulator.website = body.website
  return regulator
}
