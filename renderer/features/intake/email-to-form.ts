import { detectIcoCaseLetter, type IcoCaseLetter, type ImportedEmail } from '../../../src/email'
import type { RequestFormInput } from '../../../src/domain/request-form'
import { LIMITS } from '../../../src/domain/request-form'
import type { NewAttachment } from '../../repositories/cases'

export interface ImportSummary {
  fileName: string
  missing: string[]
  /** Set when the email is an ICO case officer's letter: it belongs on an existing case as an escalation. */
  icoLetter?: IcoCaseLetter & { officerName: string; officerEmail: string; letterReceived: string; text: string }
}

const MIME_BY_FORMAT = { eml: 'message/rfc822', msg: 'application/vnd.ms-outlook' } as const

/** Prefills the request form from an imported email, keeping what the email does not say. */
export function emailToForm(
  email: ImportedEmail,
  file: { name: string; bytes: Uint8Array },
  current: RequestFormInput
): { form: RequestFormInput; attachments: NewAttachment[]; summary: ImportSummary } {
  const summaryText = [email.subject ? `Subject: ${email.subject}` : '', email.body].filter(Boolean).join('\n\n')
  const form: RequestFormInput = {
    ...current,
    channel: 'email',
    received: email.received,
    requester: {
      ...current.requester,
      name: email.fromName.slice(0, LIMITS.name),
      email: email.fromEmail.slice(0, LIMITS.email)
    },
    rights: email.suggestedRights.length ? [...email.suggestedRights] : current.rights,
    regime: email.suggestedRegime ?? current.regime,
    summary: summaryText.slice(0, LIMITS.summary)
  }
  const attachments: NewAttachment[] = [
    { role: 'original-email', name: file.name, mimeType: MIME_BY_FORMAT[email.format], bytes: file.bytes },
    ...email.attachments.map((a) => ({ role: 'email-attachment' as const, name: a.name, mimeType: a.mimeType, bytes: a.bytes }))
  ]
  const missing = email.missing.map((m) => (m === 'sender' ? 'sender' : m === 'date' ? 'date' : 'subject'))
  const ico = detectIcoCaseLetter(email)
  const icoLetter = ico && {
    ...ico,
    officerName: email.fromName.slice(0, LIMITS.name),
    officerEmail: email.fromEmail.slice(0, LIMITS.email),
    letterReceived: email.received,
    text: email.body.slice(0, 20_000)
  }
  return { form, attachments, summary: { fileName: file.name, missing, ...(icoLetter ? { icoLetter } : {}) } }
}
