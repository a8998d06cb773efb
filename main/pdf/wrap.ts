/** The width of a piece of text in points, in the font and size it will be set in. */
export type Measure = (text: string) => number

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Breaks text into lines no wider than `width`. Line breaks in the text are kept; lines
 * break at spaces, or after a hyphen, dash or slash; a word wider than the line (a long
 * URL, a pasted string with no spaces) is broken between characters, never cut off.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text.split(/\r?\n/).flatMap((line) => wrapLine(line, width, measure))
}

// A citation or a date is not split at the end of a line: "§ 7022", "Article 15", "UK GDPR", "3 October".
const GLUE_AFTER = /(?:^|[\s(])(?:§§?|Articles?|Art\.|[Ss]ections?|tit\.|Schedule|[Pp]aragraphs?|Recital|Annex|No\.|UK)$/
const GLUE_BEFORE = /^(?:[\d(]|GDPR)/
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/

function glued(token: string, next: string): boolean {
  const word = token.trimEnd()
  if (word === token || !/^ +$/.test(token.slice(word.length))) return false
  if (GLUE_AFTER.test(word) && GLUE_BEFORE.test(next)) return true
  if (/^\d{1,2}$/.test(word) && MONTH.test(next)) return true
  return MONTH.test(word) && /^\d{1,2}(?:,|\s|$)/.test(next)
}

function tokenize(line: string): string[] {
  const raw = line.match(/\S+?(?:[-/\u2013\u2014]+|(?=\s)|$)\s*|\s+/g) ?? []
  const tokens: string[] = []
  for (const token of raw) {
    const previous = tokens[tokens.length - 1]
    if (previous !== undefined && glued(previous, token)) tokens[tokens.length - 1] = previous + token
    else tokens.push(token)
  }
  return tokens
}

function wrapLine(line: string, width: number, measure: Measure): string[] {
  const tokens = tokenize(line)
  const lines: string[] = []
  let current = ''
  let currentWidth = 0
  const push = () => {
    lines.push(current.trimEnd())
    current = ''
    currentWidth = 0
  }
  for (const token of tokens) {
    const word = token.trimEnd()
    if (current !== '' && currentWidth + measure(word) <= width) {
      current += token
      currentWidth += measure(token)
      continue
    }
    if (current.trim() !== '') push()
    if (measure(word) <= width) {
      current = token
      currentWidth = measure(token)
      continue
    }
    const pieces = breakWord(word, width, measure)
    for (const piece of pieces.slice(0, -1)) lines.push(piece)
    current = pieces[pieces.length - 1]! + token.slice(word.length)
    currentWidth = measure(current)
  }
  if (current.trim() !== '' || lines.length === 0) lines.push(current.trimEnd())
  return lines
}

function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const { segment } of segmenter.segment(word)) {
    if (piece !== '' && measure(piece + segment) > width) {
      pieces.push(piece)
      piece = ''
    }
    piece += segment
  }
  pieces.push(piece)
  return pieces
}
