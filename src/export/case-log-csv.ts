import Papa from 'papaparse'
import { neutraliseCell } from './csv-safety'
import { CASE_LOG_HEADERS } from './case-log-row'

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF'

const CRLF = '\r\n'

/**
 * Rows as CSV lines (RFC 4180): every cell neutralised against formula
 * injection, then quoted, inner quotes doubled, each line ending in CRLF, so
 * chunks written one after another make one file. Papaparse's own
 * `escapeFormulae` is not used: it misses a formula after a line break in the
 * cell and the full-width signs.
 */
export function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return ''
  const safe = rows.map((row) => row.map(neutraliseCell))
  return Papa.unparse(safe, { quotes: true, newline: CRLF, header: false, escapeFormulae: false }) + CRLF
}

/** The start of the file: the byte order mark and the header row. */
export function caseLogCsvStart(): string {
  return UTF8_BOM + csvLines([CASE_LOG_HEADERS])
}

/** The whole case log as CSV text, for a set of rows small enough to hold at once. */
export function caseLogCsv(rows: readonly (readonly string[])[]): string {
  return caseLogCsvStart() + csvLines(rows)
}

/** The file name the save dialog suggests, e.g. case-log-2026-12-01.csv. */
export function caseLogFileName(today: string): string {
  return `case-log-${today}.csv`
}
