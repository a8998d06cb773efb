import { isIsoDate } from '../domain/dates'
import type { ImportedEmail } from './imported-email'

export interface IcoCaseLetter {
  /** The ICO's case reference, e.g. IC-123456-A1B2. */
  icoReference: string
  /** The office's own case reference the officer quotes, e.g. PR-2026-0042. */
  ourReference?: string
  /** 'YYYY-MM-DD': the date the officer asks for a reply by. */
  replyBy?: string
}

const ICO_REFERENCE = /\bIC-\d{5,8}-[A-Z0-9]{4}\b/
const OUR_REFERENCE = /\bPR-\d{4}-\d{4,}\b/
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const DEADLINE_WORDS = '(?:by|before|no later than|not later than|on or before|until|deadline(?: of| is)?:?)'
const DAY_MONTH_YEAR = new RegExp(`\\b${DEADLINE_WORDS},? (\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, 'gi')
const MONTH_DAY_YEAR = new RegExp(`\\b${DEADLINE_WORDS},? ${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi')
const ISO = new RegExp(`\\b${DEADLINE_WORDS},? (\\d{4}-\\d{2}-\\d{2})\\b`, 'gi')

/**
 * Recognises a letter from an ICO case officer: it quotes an ICO case reference
 * and comes from the Information Commissioner's Office. Returns undefined for
 * any other email.
 */
export function detectIcoCaseLetter(email: ImportedEmail): IcoCaseLetter | undefined {
  const text = `${email.subject}\n${email.body}`.slice(0, 50_000)
  const icoReference = ICO_REFERENCE.exec(text)?.[0]
  if (!icoReference) return undefined
  const fromIco =
    /(^|\.)ico\.org\.uk$/i.test(email.fromEmail.split('@')[1] ?? '') ||
    /information commissioner/i.test(`${email.fromName}\n${text}`)
  if (!fromIco) return undefined
  const letter: IcoCaseLetter = { icoReference }
  const ourReference = OUR_REFERENCE.exec(text)?.[0]
  if (ourReference) letter.ourReference = ourReference
  const replyBy = replyByDate(text.replace(/\s+/g, ' '))
  if (replyBy) letter.replyBy = replyBy
  return letter
}

function replyByDate(text: string): string | undefined {
  const candidates = [
    ...[...text.matchAll(DAY_MONTH_YEAR)].map((m) => ({ at: m.index, date: isoDate(m[3]!, m[2]!, m[1]!) })),
    ...[...text.matchAll(MONTH_DAY_YEAR)].map((m) => ({ at: m.index, date: isoDate(m[3]!, m[1]!, m[2]!) })),
    ...[...text.matchAll(ISO)].map((m) => ({ at: m.index, date: isIsoDate(m[1]!) ? m[1] : undefined }))
  ]
  return candidates.sort((a, b) => a.at - b.at).find((c) => c.date)?.date
}

function isoDate(year: string, monthName: string, day: string): string | undefined {
  const month = MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase().slice(0, 3))) + 1
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
  return month > 0 && isIsoDate(date) ? date : undefined
}
