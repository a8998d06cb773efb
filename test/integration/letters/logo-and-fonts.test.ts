import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { composeLetter } from '../../../src/letters'
import { sampleFacts } from '../../../src/letters/samples'
import { defaultFontsFolder, loadLetterFonts, LogoError, renderLetterPdf } from '../../../main/pdf'
import { makePng, pdffonts, pdfimages, pdfinfo, pdftotext, qpdfCheck, save, toJpeg, workFolder, xmpMetadata } from './pdf-tools'

const letter = () => composeLetter('acknowledgement', sampleFacts('acknowledgement', 'uk'))

/** Images drawn, not counting the soft masks that carry a PNG's transparency. */
const imageCount = (file: string) => pdfimages(file).filter((i) => i.type === 'image').length

describe('the letterhead logo', () => {
  it('accepts a PNG (with transparency) and a JPEG, and draws it on the first page', { timeout: 20_000 }, async () => {
    const png = makePng(240, 80)
    const withPng = save(await renderLetterPdf(letter(), { pageSize: 'A4', logo: png }), 'logo-png')
    expect(qpdfCheck(withPng)).toContain('No syntax or stream encoding errors')
    expect(imageCount(withPng)).toBeGreaterThanOrEqual(1)
    const jpeg = toJpeg(withPng)
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    const withJpeg = save(await renderLetterPdf(letter(), { pageSize: 'LETTER', logo: jpeg }), 'logo-jpeg')
    expect(imageCount(withJpeg)).toBe(1)
    expect(pdftotext(withJpeg)).toContain('Ελένη Παπαδοπούλου')
  })

  it('refuses a file that is not a PNG or JPEG, saying so', async () => {
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: gif })).rejects.toThrow(LogoError)
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: gif })).rejects.toThrow('The logo must be a PNG or JPEG image')
    const pdf = new TextEncoder().encode('%PDF-1.7 not an image')
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: pdf })).rejects.toThrow('this file is neither')
  })

  it('refuses a logo over 2 MB, and a damaged PNG (before pdfkit would crash on it)', async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1)
    big.set(makePng(4, 4))
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: big })).rejects.toThrow('the limit is 2 MB')
    const truncated = makePng(40, 40).slice(0, 30)
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: truncated })).rejects.toThrow('The logo could not be read')
    const corrupt = makePng(60, 30)
    corrupt.fill(0x55, 45, 70)
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', logo: corrupt })).rejects.toThrow('The logo could not be read')
  })
})

describe('fonts and metadata', () => {
  it('ship in resources/fonts with their licence, and are parsed once', () => {
    const folder = defaultFontsFolder()
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt']) expect(existsSync(join(folder, file)), file).toBe(true)
    const fonts = loadLetterFonts(folder)
    expect(loadLetterFonts(folder)).toBe(fonts)
    expect(fonts.regular.postscriptName).toBe('DejaVuSans')
    expect(fonts.bold.postscriptName).toBe('DejaVuSans-Bold')
  })

  it('keep the words already shaped for the next letter, whose bytes are the same', async () => {
    const fonts = loadLetterFonts(defaultFontsFolder())
    const l = letter()
    l.paragraphs = [...l.paragraphs, 'Zyxwvutsrq qponmlkjih gfedcba.']
    const first = await renderLetterPdf(l, { pageSize: 'A4' })
    expect(fonts.layoutCaches.regular['Zyxwvutsrq ']).toBeDefined()
    const second = await renderLetterPdf(l, { pageSize: 'A4' })
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0)
  })

  it('say clearly when the fonts folder is wrong', async () => {
    await expect(renderLetterPdf(letter(), { pageSize: 'A4', fontsFolder: join(workFolder, 'nowhere') })).rejects.toThrow(
      /The letter font DejaVuSans.ttf is missing from/
    )
  })

  it('embed no standard font, and keep the XMP metadata valid when a name holds "&" or "<"', async () => {
    const l = letter()
    l.letterhead.name = 'Smith & Jones <Legal> LLP'
    const file = save(await renderLetterPdf(l, { pageSize: 'A4' }), 'ampersand')
    expect(pdffonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold'])
    expect(pdfinfo(file).Author).toBe('Smith & Jones <Legal> LLP')
    const xmp = xmpMetadata(file)
    expect(xmp).toContain('Smith &amp; Jones &lt;Legal&gt; LLP')
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/)
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>')
    expect(xmp).toContain('<xmp:ModifyDate>2026-10-02T00:00:00Z</xmp:ModifyDate>')
    expect(xmp).toContain('<xmp:CreateDate>2026-10-02T00:00:00Z</xmp:CreateDate>')
  })
})
