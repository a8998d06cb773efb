import { z } from 'zod'
import { CHANNELS } from './channels'
import { RIGHTS } from './rights'
import { EU_MEMBER_STATES, REGIMES, UK_NATIONS, US_STATE_LAWS } from './regimes'
import { isIsoDate } from './dates'
import { lineField, textField } from './text'

export const LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  postalAddress: 1000,
  summary: 100_000,
  notes: 20_000,
  otherRight: 500,
  regimeOther: 200
} as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u

/** The requester: any script is kept exactly as typed, only trimmed. */
export const requesterSchema = z.object({
  name: lineField('The name', LIMITS.name).refine((s) => s.length > 0, {
    message: "Enter the requester's full name."
  }),
  email: lineField('The email address', LIMITS.email).refine((s) => s === '' || EMAIL.test(s), {
    message: 'Enter the email address in the form name@example.com, or leave it empty.'
  }),
  postalAddress: textField('The postal address', LIMITS.postalAddress).transform((s) => s.trim()),
  phone: lineField('The phone number', LIMITS.phone).refine((s) => s === '' || /^[+()\d\s./-]+$/.test(s), {
    message: 'A phone number may hold only digits, spaces and + ( ) - . / characters.'
  })
})
export type Requester = z.output<typeof requesterSchema>

/**
 * The new-request and edit form. `today` is the office's date: a request
 * cannot have been received in the future.
 */
export function requestFormSchema(today: string) {
  return z
    .object({
      /** A request (rights asked for) or a complaint (what the person complains of). */
      kind: z.enum(['request', 'complaint']).default('request'),
      /** A complaint: the request case it is about, chosen from the case list. */
      linkedCaseId: z.number().int().positive().optional(),
      linkedReference: z.string().optional(),
      channel: z.enum(CHANNELS, { message: 'Choose how the request arrived.' }),
      received: z
        .string()
        .refine((s) => s !== '', { message: 'Enter the date the request was received.' })
        .refine((s) => s === '' || isIsoDate(s), { message: 'Enter a real date, such as 2026-03-14.' })
        .refine((s) => !isIsoDate(s) || s <= today, {
          message: `The date received cannot be in the future (today is ${today}).`
        })
        .refine((s) => !isIsoDate(s) || s >= '1990-01-01', { message: 'Check the year of the date received.' }),
      requester: requesterSchema,
      rights: z.array(z.enum(RIGHTS)),
      otherRight: lineField('The description of the other right', LIMITS.otherRight),
      regime: z.enum(REGIMES, { message: 'Choose the regime that applies, from where the requester is.' }),
      jurisdiction: z.string(),
      regimeOther: lineField('The description of the regime', LIMITS.regimeOther),
      summary: textField('The summary', LIMITS.summary),
      notes: textField('The notes', LIMITS.notes)
    })
    .superRefine((form, ctx) => {
      const { requester } = form
      if (form.kind === 'request' && form.rights.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['rights'], message: 'Tick at least one right the requester asks for.' })
      }
      if (form.kind === 'complaint' && form.summary.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['summary'], message: 'Describe what the person complains of.' })
      }
      if (requester.email === '' && requester.postalAddress === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['requester', 'email'],
          message: 'Give an email or a postal address, so that the response can be sent.'
        })
      }
      if (form.kind === 'request' && form.rights.includes('other') && form.otherRight === '') {
        ctx.addIssue({ code: 'custom', path: ['otherRight'], message: 'Describe the other right asked for.' })
      }
      const needs: Partial<Record<typeof form.regime, [Record<string, unknown>, string]>> = {
        'UK-GDPR': [UK_NATIONS, 'Choose the UK nation (its bank holidays differ).'],
        'EU-GDPR': [EU_MEMBER_STATES, 'Choose the member state (its public holidays apply).'],
        'US-STATE': [US_STATE_LAWS, 'Choose the US state.']
      }
      const need = needs[form.regime]
      if (need && !(form.jurisdiction in need[0])) {
        ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: need[1] })
      }
      if (form.regime === 'OTHER' && form.regimeOther === '') {
        ctx.addIssue({ code: 'custom', path: ['regimeOther'], message: 'Name the law or country that applies.' })
      }
    })
}

export type RequestFormInput = z.input<ReturnType<typeof requestFormSchema>>
export type RequestForm = z.output<ReturnType<typeof requestFormSchema>>

export function emptyRequestForm(today: string): RequestFormInput {
  return {
    kind: 'request',
    channel: 'post',
    received: today,
    requester: { name: '', email: '', postalAddress: '', phone: '' },
    rights: [],
    otherRight: '',
    regime: 'UK-GDPR',
    jurisdiction: 'GB-ENG',
    regimeOther: '',
    summary: '',
    notes: ''
  }
}
