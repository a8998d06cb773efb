import { z } from 'zod'
import type { ComposedLetter } from './compose'
import { TEMPLATE_IDS } from './templates'

/** Bounds on a letter crossing to main: generous for any real letter, finite for anything else. */
export const LETTER_LIMITS = {
  line: 2000,
  paragraph: 50_000,
  paragraphs: 400,
  lines: 40
} as const

const line = z.string().max(LETTER_LIMITS.line)
const lines = z.array(line).max(LETTER_LIMITS.lines)

/** A ComposedLetter as main accepts it for rendering: strict, every string bounded. */
export const composedLetterSchema = z.strictObject({
  templateId: z.enum(TEMPLATE_IDS),
  title: line,
  date: z.iso.date(),
  dateText: line,
  reference: line,
  letterhead: z.strictObject({ name: line, addressLines: lines, contactLines: lines }),
  recipient: z.strictObject({ name: line, addressLines: lines, email: line.optional() }),
  references: z.array(z.strictObject({ label: line, value: line })).max(10),
  referenceLine: line,
  salutation: line,
  subject: line,
  paragraphs: z.array(z.string().max(LETTER_LIMITS.paragraph)).max(LETTER_LIMITS.paragraphs),
  closing: line,
  signature: z.strictObject({ name: line, title: line, office: line }),
  enclosures: lines,
  language: z.enum(['en-GB', 'en-US']),
  missingFields: z.array(z.string().max(200)).max(200)
}) satisfies z.ZodType<ComposedLetter>
