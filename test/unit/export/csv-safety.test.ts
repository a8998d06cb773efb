import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { isFormulaLike, neutraliseCell } from '../../../src/export/csv-safety'
import { caseLogCsv, csvLines, UTF8_BOM } from '../../../src/export/case-log-csv'

/** What a spreadsheet would see in each cell: the CSV text parsed back by an RFC 4180 reader. */
function parseBack(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.startsWith(UTF8_BOM) ? csv.slice(1) : csv, { newline: '\r\n', skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** A cell a spreadsheet could execute: starts with a formula sign, ASCII or full-width, possibly after blanks. */
const EXECUTABLE = /^(?: |\u00A0|\u200B|\u200C|\u200D|\u2060|\uFEFF)*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\n=1',
  '＝1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  ' =1+1',
  '\u00A0@x',
  '\u200B=1',
  '\uFEFF=1',
  '\u200D+1',
  '=1\n=2',
  "=cmd|' /C calc'!A0"
]

const HARMLESS = [
  'Agnieszka Wąsowska',
  'O\'Brien, "Jack"',
  'Smith, John',
  'line one\nline two',
  'line one\r\nline two',
  '王小明',
  '山田 太郎',
  'Дмитрий Иванов',
  'a = b',
  'x@example.com',
  '2026-12-01',
  '',
  '  ',
  '"quoted"',
  'ends with a quote"'
]

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each(HOSTILE)('prefixes %j with a single quote and keeps the rest as typed', (value) => {
    expect(isFormulaLike(value)).toBe(true)
    expect(neutraliseCell(value)).toBe(`'${value}`)
  })

  it.each(HARMLESS)('leaves %j unchanged', (value) => {
    expect(isFormulaLike(value)).toBe(false)
    expect(neutraliseCell(value)).toBe(value)
  })
})

describe('the CSV text', () => {
  it('round-trips every hostile and harmless value through a CSV parser, with nothing executable', () => {
    const values = [...HOSTILE, ...HARMLESS]
    const rows = values.map((v, i) => [String(i), v, `${v} and more`])
    const back = parseBack(caseLogCsv(rows)).slice(1)
    expect(back).toHaveLength(rows.length)
    back.forEach((cells, i) => {
      expect(cells).toHaveLength(3)
      for (const cell of cells) expect(cell).not.toMatch(EXECUTABLE)
      // The value is still readable: the cell is the value itself, or the value behind one quote.
      const value = values[i]!
      expect(cells[1]).toBe(isFormulaLike(value) ? `'${value}` : value)
      expect(cells[1]!.replace(/^'/, '')).toBe(value)
    })
  })

  it('starts with the UTF-8 byte order mark, quotes every cell, doubles inner quotes and ends lines with CRLF', () => {
    const csv = caseLogCsv([['PR-2026-0001', 'Say "hi", then\nleave']])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.endsWith('"PR-2026-0001","Say ""hi"", then\nleave"\r\n')).toBe(true)
    const header = csv.slice(1, csv.indexOf('\r\n'))
    expect(header.startsWith('"Reference","Kind","Channel","Received"')).toBe(true)
    // Every line break outside a quoted cell is CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(outside.replace(/,/g, '').replace(/^\uFEFF/, '')).toMatch(/^(\r\n)+$/)
  })

  it('writes chunks that join into one valid file', () => {
    const first = csvLines([['1', '=a']])
    const second = csvLines([['2', 'b']])
    expect(parseBack(first + second)).toEqual([['1', "'=a"], ['2', 'b']])
    expect(csvLines([])).toBe('')
  })

  it('keeps CJK text as UTF-8 that decodes back unchanged', () => {
    const csv = caseLogCsv([['王小明', '山田 太郎']])
    const bytes = new TextEncoder().encode(csv)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(parseBack(new TextDecoder().decode(bytes)).at(-1)).toEqual(['王小明', '山田 太郎'])
  })
})
