import type { Right } from '../domain/rights'
import type { Regime } from '../domain/regimes'

export interface EmailAttachment {
  name: string
  mimeType: string
  bytes: Uint8Array
}

export type MissingFact = 'sender' | 'date' | 'subject'

/** The facts of a new request, read from an email the office saved as a file. */
export interface ImportedEmail {
  format: 'eml' | 'msg'
  /** '' when the email does not name its sender. */
  fromName: string
  /** '' when absent or not an internet address (an Exchange X.500 address is not one). */
  fromEmail: string
  subject: string
  /** ISO 8601 instant in UTC, '' when absent. */
  sentAt: string
  /** 'YYYY-MM-DD': the calendar date of sentAt in the office's time zone, '' when absent. */
  received: string
  /** Plain text, '\n' line ends, no control characters but '\n' and '\t'. */
  body: string
  attachments: EmailAttachment[]
  /** What the user must fill in by hand. */
  missing: MissingFact[]
  /** Rights the text clearly asks for; empty rather than a guess. */
  suggestedRights: Right[]
  /** Only when the text clearly names the law or the place. */
  suggestedRegime?: Regime
}

/** What a reader takes from the file, before the facts are tidied and checked. */
export interface ReadEmail {
  fromName: string
  fromEmail: string
  subject: string
  sentAt: Date | undefined
  body: string
  attachments: EmailAttachment[]
}

export const EMAIL_LIMITS = {
  fileBytes: 25 * 1024 * 1024,
  attachments: 200,
  headerBytes: 512 * 1024,
  mimeNesting: 50,
  nestedMessages: 5
} as const

/** A file the app cannot import; `message` says what is wrong and what to do, in the user's words. */
export class EmailImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'EmailImportError'
  }
}

export const DAMAGED_MESSAGE =
  'The file looks damaged or incomplete, so it cannot be read. Save the email again from your mail program and import the new file.'

export function tooManyAttachments(count: number): EmailImportError {
  return new EmailImportError(
    `The email has ${count.toLocaleString('en-GB')} attachments, over the limit of ${EMAIL_LIMITS.attachments}. ` +
      'Save the email without its attachments and import it again.'
  )
}
