import { z } from 'zod'

// C0 and C1 control characters other than tab, line feed and carriage return.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// A single-line field accepts no control character at all.
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/

/** A one-line field such as a name: trimmed, no control characters, bounded. */
export function lineField(label: string, max: number) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .max(max, `${label} is too long: keep it to ${max} characters or fewer.`)
        .refine((s) => !CONTROL_IN_LINE.test(s), {
          message: `${label} contains a control character (a tab, line break or invisible character, often from pasting). Remove it.`
        })
    )
}

/** A multi-line field such as an address or a summary: line breaks and tabs are kept. */
export function textField(label: string, max: number) {
  return z
    .string()
    .max(max, `${label} is too long: keep it to ${max.toLocaleString('en-GB')} characters or fewer.`)
    .refine((s) => !CONTROL_IN_TEXT.test(s), {
      message: `${label} contains an invisible control character (often from pasting). Remove it.`
    })
}

/** Removes the control characters that textField refuses, for text that came from a file. */
export function stripControlCharacters(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(new RegExp(CONTROL_IN_TEXT.source, 'g'), '')
}

/** Folds a name or email into the lower-case tokens the search index holds. */
export function searchTokens(...values: (string | undefined)[]): string[] {
  const tokens = new Set<string>()
  for (const value of values) {
    if (!value) continue
    const lower = value.normalize('NFKC').toLocaleLowerCase()
    tokens.add(lower.trim())
    for (const part of lower.split(/[\s,;:()<>"'@.+_-]+/u)) if (part) tokens.add(part)
    const folded = lower.normalize('NFD').replace(/\p{M}+/gu, '')
    for (const part of folded.split(/[\s,;:()<>"'@.+_-]+/u)) if (part) tokens.add(part)
  }
  tokens.delete('')
  return [...tokens]
}
