import { describe, expect, it } from 'vitest'
import { safeFileName } from '../../../src/files/safe-file-name'

describe('safeFileName', () => {
  it('keeps an ordinary name, in any script', () => {
    expect(safeFileName('PR-2026-0042 acknowledgement 2026-12-01.pdf')).toBe('PR-2026-0042 acknowledgement 2026-12-01.pdf')
    expect(safeFileName('Ελένη Παπαδοπούλου — dowód.pdf')).toBe('Ελένη Παπαδοπούλου — dowód.pdf')
  })

  it('never leads out of the folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd')
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('-..-Windows-win.ini')
    expect(safeFileName('..')).toBe('untitled')
    expect(safeFileName('/')).toBe('untitled')
  })

  it('avoids the names and characters Windows refuses', () => {
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('NUL.txt')).toBe('_NUL.txt')
    expect(safeFileName('com1.csv')).toBe('_com1.csv')
    expect(safeFileName('report.pdf...')).toBe('report.pdf')
    expect(safeFileName('  letter.pdf  ')).toBe('letter.pdf')
    expect(safeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a-b-c-d-e-f-g-h.pdf')
    expect(safeFileName('tab\there\u0007.pdf')).toBe('tabhere.pdf')
  })

  it('cuts a 300-byte name to 200 bytes, keeping the extension and whole characters', () => {
    const name = safeFileName(`${'ż'.repeat(150)}.pdf`)
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200)
    expect(name.endsWith('.pdf')).toBe(true)
    expect(name).toMatch(/^ż+\.pdf$/)
  })
})
