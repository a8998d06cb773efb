import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { renderReportPdf } from '../../../main/pdf/report'
import { renderReport } from '../../../main/services/reports'
import { contract } from '../../../src/ipc/contract'
import { reportFigures } from '../../../src/reports/tally'
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, save, wordBoxes, xmpMetadata } from '../letters/pdf-tools'
import { AS_OF, KNOWN_CASES, PERIOD } from '../../unit/reports/known-cases'

const figures = reportFigures(KNOWN_CASES, PERIOD, AS_OF)
const organisation = { name: 'Smith & Co Ltd', addressLines: ['1 High Street', 'London EC1A 1AA'], contactLines: ['privacy@smith.example'] }
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the report as a PDF', () => {
  it('prints the figures, the letterhead, the CCPA table and the definitions, with its fonts embedded', async () => {
    const input = contract.renderReport.input.parse({ figures, organisation, pageSize: 'A4' })
    const { bytes } = await renderReport(input)
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const file = save(bytes, 'report-a4')
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')
    const fonts = pdffonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((f) => f.embedded)).toBe(true)
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold'])
    // The XMP metadata stays well-formed XML with an ampersand in the organisation's name (PDF/A).
    expect(xmpMetadata(file)).toContain('Smith &amp; Co Ltd')
    expect(xmpMetadata(file)).not.toContain('Smith & Co')
    const info = pdfinfo(file)
    expect(info.Tagged).toBe('yes')
    const pages = Number(info.Pages)
    expect(pages).toBeGreaterThan(1)

    const text = flat(pdftotext(file))
    expect(text).toContain('Smith & Co Ltd')
    expect(text).toContain('Cases received from 1 January 2026 to 30 June 2026')
    expect(text).toContain('Requests received 8')
    expect(text).toContain('60% (3 / 2)')
    expect(text).toContain('Mean days to a response 27.8')
    expect(text).toContain('Median days to a response 22')
    expect(text).toContain('identity could NOT be verified 2')
    expect(text).toContain('Information Commissioner’s Office 2 1 1')
    expect(text).toMatch(/Received Complied in whole Complied in part Denied Withdrawn Open Median/)
    expect(text).toMatch(/Requests to know 1 0 0 1 0 0 48 48/)
    expect(text).toMatch(/Requests to opt out of sale or sharing 1 1 0 0 0 0 9 9/)
    expect(text).toContain('Requests received by month')
    expect(text).toContain('On-time rate by month')
    expect(text).toContain('On time')
    expect(text).toContain("on or before the deadline's due date")
    expect(text).toContain(`Page ${pages} of ${pages}`)
    for (let p = 1; p <= pages; p++) expect(pdftotext(file, p)).toContain(`Page ${p} of ${pages}`)
  })

  it('prints a refusal reason and a body written in Chinese, in the letters’ fallback font', async () => {
    const cases = KNOWN_CASES.map((c, i) => (i === 3 ? { ...c, refusalReason: '无法核实身份' } : c))
    const file = save(await renderReportPdf({ figures: reportFigures(cases, PERIOD, AS_OF), organisation: { ...organisation, name: '北京数据有限公司' }, pageSize: 'A4' }), 'report-cjk')
    const text = flat(pdftotext(file))
    expect(text).toContain('无法核实身份 1')
    expect(text).toContain('北京数据有限公司')
    expect(pdffonts(file).every((f) => f.embedded)).toBe(true)
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')
  })

  it('keeps every word inside the page on US Letter, and gives the same bytes twice', async () => {
    const input = { figures, organisation, pageSize: 'LETTER' as const }
    const first = await renderReportPdf(input)
    const second = await renderReportPdf(input)
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
    const file = save(first, 'report-letter')
    expect(pdfinfo(file)['Page size']).toContain('612 x 792')
    for (const w of wordBoxes(file)) {
      expect(w.xMin).toBeGreaterThanOrEqual(0)
      expect(w.xMax).toBeLessThanOrEqual(612)
      expect(w.yMax).toBeLessThanOrEqual(792)
    }
  })

  it('is refused by the contract with figures that are not the schema’s', () => {
    const extra = { ...figures, secret: 'x' }
    expect(contract.renderReport.input.safeParse({ figures: extra, organisation, pageSize: 'A4' }).success).toBe(false)
    const long = { ...organisation, name: 'x'.repeat(301) }
    expect(contract.renderReport.input.safeParse({ figures, organisation: long, pageSize: 'A4' }).success).toBe(false)
  })
})

// Kept for looking at the pages by eye: REPORT_PNG=folder writes the A4 pages there as PNGs.
if (process.env.REPORT_PNG) {
  it('writes the pages as PNGs', async () => {
    const file = save(await renderReportPdf({ figures, organisation, pageSize: 'A4' }), 'report-look')
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${process.env.REPORT_PNG}/report`])
  })
}
