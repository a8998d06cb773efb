import { isIsoDate, type IsoDate } from '../domain/dates'

export type LetterLanguage = 'en-GB' | 'en-US'

/** A date written out in full, as a letter states it: '3 October 2026' (en-GB) or 'October 3, 2026' (en-US). */
export function formatLetterDate(date: IsoDate | undefined, language: LetterLanguage): string | undefined {
  if (!date || !isIsoDate(date)) return undefined
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d))
  )
}

/** Joins items as a sentence does: 'A and B'; 'A, B and C' (en-GB) or 'A, B, and C' (en-US). */
export function joinAsSentence(items: readonly string[], language: LetterLanguage): string {
  if (items.length <= 2) return items.join(' and ')
  const serialComma = language === 'en-US' ? ',' : ''
  return `${items.slice(0, -1).join(', ')}${serialComma} and ${items[items.length - 1]}`
}
