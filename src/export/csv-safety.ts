/*
 * CSV injection (OWASP, "CSV Injection"): a spreadsheet reads a cell that
 * starts with = + - @ as a formula, and one starting with a tab, CR or LF can
 * smuggle one in after the line break. The rule followed here is OWASP's:
 * such a cell is prefixed with a single quote ('), which Excel and LibreOffice
 * show as text, so the real value stays readable ("'=HYPERLINK(...)"), and
 * every cell is also quoted by the CSV writer. Beyond OWASP's list, the
 * full-width forms (＝ ＋ － ＠), which some spreadsheets fold to their ASCII
 * forms, and a dangerous character hidden behind leading spaces or
 * invisible characters (no-break space, zero-width space, BOM) are
 * neutralised the same way.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])

/** Characters a spreadsheet may skip before it looks for a formula: spaces, no-break and zero-width ones, the BOM. */
const BLANKS = new Set([' ', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])

/** True when a spreadsheet could take the cell for a formula. */
export function isFormulaLike(value: string): boolean {
  let i = 0
  while (i < value.length && BLANKS.has(value[i]!)) i++
  return i < value.length && TRIGGERS.has(value[i]!)
}

/** The cell as written to the CSV: unchanged, or prefixed with ' when it could be read as a formula. */
export function neutraliseCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value
}
