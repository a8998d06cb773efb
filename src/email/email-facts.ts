import { dateInTimeZone } from '../domain/dates'
import { stripControlCharacters } from '../domain/text'
import type { EmailFormat } from './file-kind'
import type { ImportedEmail, MissingFact, ReadEmail } from './imported-email'
import { suggestRegime, suggestRights } from './suggestions'

const EMAIL_ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/u

/** Tidies what a reader found into the facts the form is prefilled with. */
export function emailFacts(format: EmailFormat, read: ReadEmail, timeZone: string): ImportedEmail {
  const address = oneLine(read.fromEmail).replace(/^<|>$/g, '')
  const fromEmail = address.length <= 254 && EMAIL_ADDRESS.test(address) ? address : ''
  const name = oneLine(read.fromName).replace(/^(["'])(.*)\1$/, '$2').trim()
  const fromName = name.toLowerCase() === fromEmail.toLowerCase() || /^\S+@\S+$/.test(name) || name.startsWith('/o=') ? '' : name
  const subject = oneLine(read.subject)
  const body = stripControlCharacters(read.body).replace(/\uFEFF/g, '').replace(/^\n+/, '').trimEnd()
  const sentAt = read.sentAt ? read.sentAt.toISOString() : ''
  const missing: MissingFact[] = []
  if (!fromEmail) missing.push('sender')
  if (!sentAt) missing.push('date')
  if (!subject) missing.push('subject')
  const facts: ImportedEmail = {
    format,
    fromName,
    fromEmail,
    subject,
    sentAt,
    received: read.sentAt ? dateInTimeZone(read.sentAt, timeZone) : '',
    body,
    attachments: read.attachments,
    missing,
    suggestedRights: suggestRights(subject, body)
  }
  const regime = suggestRegime(subject, body)
  if (regime) facts.suggestedRegime = regime
  return facts
}

/** One line of text: control characters gone, every run of white space one space. */
function oneLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim()
}
