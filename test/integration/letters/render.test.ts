import { describe, expect, it } from 'vitest'
import { composeLetter, TEMPLATE_IDS, type ComposedLetter, type TemplateId } from '../../../src/letters'
import { SAMPLE_CASES, sampleFacts, type SampleCase } from '../../../src/letters/samples'
import { renderLetterPdf, renderLettersPdf } from '../../../main/pdf'
import { pageGeometry } from '../../../main/pdf/page-geometry'
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, save, wordBoxes } from './pdf-tools'

const SAMPLES = Object.keys(SAMPLE_CASES) as SampleCase[]
const NAMES: Record<SampleCase, string> = { uk: 'Ελένη Παπαδοπούλου', eu: 'Agnieszka Wąsowska', us: 'Дмитрий Иванов' }
const oneLine = (s: string) => s.replace(/\s+/g, ' ')

describe('every template, rendered from every sample case', () => {
  for (const id of TEMPLATE_IDS) {
    it(`${id}: text, fonts, page size, version, title and structure check out`, { timeout: 30_000 }, async () => {
      for (const sample of SAMPLES) {
        const letter = composeLetter(id, sampleFacts(id, sample))
        expect(letter.missingFields).toEqual([])
        const pageSize = letter.language === 'en-US' ? 'LETTER' : 'A4'
        const file = save(await renderLetterPdf(letter, { pageSize }), `${id}-${sample}`)

        const text = pdftotext(file)
        expect(text).toContain(NAMES[sample])
        expect(text).toContain(letter.dateText)
        expect(oneLine(text)).toContain(oneLine(letter.subject))
        expect(text).toContain(letter.signature.name)
        expect(text).not.toContain('[[')
        // The last words of every paragraph made it onto the page.
        for (const p of letter.paragraphs) expect(oneLine(text)).toContain(oneLine(p).split(' ').slice(-3).join(' '))

        const fonts = pdffonts(file)
        expect(fonts.length).toBeGreaterThan(0)
        for (const font of fonts) {
          expect(font.embedded, font.name).toBe(true)
          expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/)
        }

        const info = pdfinfo(file)
        expect(info['PDF version']).toBe('1.7')
        expect(info['Page size']).toContain(pageSize === 'A4' ? '(A4)' : '(letter)')
        expect(info.Title).toBe(`${letter.title} — ${letter.reference}`)
        expect(info.Author).toBe('Northwind Holdings plc')
        expect(info.Tagged).toBe('yes')
        expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')

        const pages = Number(info.Pages)
        for (let page = 1; page <= pages; page++) {
          const pageText = pdftotext(file, page)
          expect(pageText, `${id} ${sample} page ${page}`).toContain(`Page ${page} of ${pages}`)
          expect(pageText).toContain(`Our reference: ${letter.reference}`)
        }
      }
    })
  }
})

describe('layout', () => {
  const base = (change: (l: ComposedLetter) => void, id: TemplateId = 'acknowledgement') => {
    const letter = composeLetter(id, sampleFacts(id, 'uk'))
    change(letter)
    return letter
  }

  it('wraps a word with no spaces, a 5,000-character paragraph and a very long address inside the margins', { timeout: 30_000 }, async () => {
    const word = 'Ωmega'.repeat(60)
    const long = Array.from({ length: 700 }, (_, i) => ['Wąsowska', 'Дмитрий', 'processing', 'Ελένη', 'controller'][i % 5]).join(' ').slice(0, 5000)
    const letter = base((l) => {
      l.paragraphs = [`Reference string: ${word} (end).`, long, ...l.paragraphs]
      l.recipient.addressLines = ['Apartment 1402, The Residences at Marina del Rey Towers West, Building C, c/o Law Offices of Hernández, Whitfield & Associates, Attention: Records Department, 4200 Admiralty Way, Marina del Rey, CA 90292-5678, United States of America']
    })
    for (const pageSize of ['A4', 'LETTER'] as const) {
      const file = save(await renderLetterPdf(letter, { pageSize }))
      const geo = pageGeometry(pageSize)
      expect(Number(pdfinfo(file).Pages)).toBeGreaterThan(1)
      for (const box of wordBoxes(file)) {
        expect(box.xMin, box.word).toBeGreaterThanOrEqual(geo.left - 0.5)
        expect(box.xMax, box.word).toBeLessThanOrEqual(geo.right + 0.5)
        expect(box.yMax, box.word).toBeLessThanOrEqual(geo.height - 10 * (72 / 25.4))
      }
      const text = pdftotext(file)
        .replace(/\s+/g, '')
        .replace(/Ourreference:PR-2026-0042Page\dof\d/g, '')
        .replace(/ΕλένηΠαπαδοπούλου·2October2026/g, '')
      expect(text).toContain(`Referencestring:${word}(end).`)
      expect(text).toContain(long.replace(/\s+/g, ''))
      expect(text).toContain('Hernández,Whitfield&Associates')
    }
  })

  it('never leaves the signature alone on a page: the end of the letter goes with it', { timeout: 60_000 }, async () => {
    const filler = 'This paragraph is of an ordinary length for a letter of this kind and it runs to some three lines when set in the body type of the letter.'
    for (let n = 1; n <= 24; n++) {
      const letter = base((l) => {
        l.paragraphs = [...Array.from({ length: n }, (_, i) => `${i + 1}. ${filler}`), 'This is the last paragraph of the letter.']
      })
      const file = save(await renderLetterPdf(letter, { pageSize: 'A4' }))
      const pages = Number(pdfinfo(file).Pages)
      const last = pdftotext(file, pages)
      expect(last, `${n} paragraphs`).toContain('Margaret Ashworth')
      expect(last, `${n} paragraphs`).toContain('Yours sincerely,')
      expect(last, `${n} paragraphs`).toContain('This is the last paragraph of the letter.')
    }
  })

  it('renders the same letter to the same bytes, so an issued letter reprints identically', async () => {
    const letter = composeLetter('refusal', sampleFacts('refusal', 'uk'))
    const first = await renderLetterPdf(letter, { pageSize: 'A4' })
    const second = await renderLetterPdf(structuredClone(letter), { pageSize: 'A4' })
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0)
    const info = pdfinfo(save(first))
    expect(info.CreationDate).toMatch(/Oct\s+2 00:00:00 2026 UTC/)
    expect(info.ModDate).toMatch(/Oct\s+2 00:00:00 2026 UTC/)
  })
})

describe('a batch', () => {
  it('is one PDF in which each letter starts on a new page with its own page numbering', { timeout: 30_000 }, async () => {
    const letters = (['uk', 'eu', 'us'] as const).map((s) => composeLetter('access-response', sampleFacts('access-response', s)))
    const counts: number[] = []
    for (const letter of letters) counts.push(Number(pdfinfo(save(await renderLetterPdf(letter, { pageSize: 'A4' }))).Pages))
    const file = save(await renderLettersPdf(letters, { pageSize: 'A4' }), 'batch')
    const info = pdfinfo(file)
    expect(Number(info.Pages)).toBe(counts.reduce((a, b) => a + b, 0))
    expect(info.Title).toBe('Access response (cover letter) — 3 letters')
    let page = 1
    letters.forEach((letter, i) => {
      const firstPage = pdftotext(file, page)
      expect(firstPage).toContain(NAMES[(['uk', 'eu', 'us'] as const)[i]!])
      expect(firstPage).toContain(`Page 1 of ${counts[i]}`)
      expect(firstPage).toContain(letter.reference)
      for (let j = 1; j <= counts[i]!; j++) expect(pdftotext(file, page + j - 1)).toContain(`Page ${j} of ${counts[i]}`)
      page += counts[i]!
    })
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')
  })

  it('refuses an empty batch', async () => {
    await expect(renderLettersPdf([], { pageSize: 'A4' })).rejects.toThrow('There are no letters to render.')
  })
})
