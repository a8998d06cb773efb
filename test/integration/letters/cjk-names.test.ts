import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Font } from 'fontkit'
import { composeLetter, type ComposedLetter } from '../../../src/letters'
import { sampleFacts } from '../../../src/letters/samples'
import { defaultFontsFolder, FONT_FILES, loadLetterFonts, renderLetterPdf } from '../../../main/pdf'
import { splitRuns } from '../../../main/pdf/document-fonts'
import { pageGeometry } from '../../../main/pdf/page-geometry'
import { unprintableCharacters } from '../../../main/services/letters'
import { pdffonts, pdfinfo, pdftotext, qpdfCheck, save, wordBoxes, workFolder } from './pdf-tools'

const fonts = loadLetterFonts(defaultFontsFolder())

function letterTo(name: string, change: (l: ComposedLetter) => void = () => {}): ComposedLetter {
  const letter = composeLetter('acknowledgement', sampleFacts('acknowledgement', 'uk'))
  letter.recipient.name = name
  letter.salutation = `Dear ${name},`
  change(letter)
  return letter
}

const embeddedFaces = (file: string) => pdffonts(file).filter((f) => f.embedded).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()

/** From a word's box (pdftotext -bbox spans the font's ascent to its descent): its font size and baseline. */
function sizeAndBaseline(box: { yMin: number; yMax: number }, font: Font) {
  const ascent = font.ascent / font.unitsPerEm
  const descent = font.descent / font.unitsPerEm
  const size = (box.yMax - box.yMin) / (ascent - descent)
  return { size, baseline: box.yMax + descent * size }
}

describe('a letter to a person whose name is in Chinese or Japanese script', () => {
  const people = [
    { name: '王秀英', words: ['王秀英'] },
    { name: '山田太郎（やまだ たろう）', words: ['山田太郎（やまだ', 'たろう）'] },
    { name: 'Yamada Tarō 山田 太郎', words: ['山田', '太郎'] }
  ]
  for (const person of people) {
    it(`prints ${person.name} in the address, the salutation and atop later pages, in Noto Sans SC beside DejaVu Sans`, { timeout: 30_000 }, async () => {
      const letter = letterTo(person.name, (l) => {
        l.signature.name = '李明 (Li Ming)'
        l.paragraphs = [...l.paragraphs, ...Array.from({ length: 14 }, () => `${person.name} wrote to us on 3 September 2026 about the processing of personal data by our group.`)]
      })
      expect(unprintableCharacters(letter)).toEqual([])
      const file = save(await renderLetterPdf(letter, { pageSize: 'A4' }))
      const text = pdftotext(file)
      expect(text).toContain(`Dear ${person.name},`)
      expect(text).toContain('李明 (Li Ming)')
      expect(Number(pdfinfo(file).Pages)).toBeGreaterThan(1)
      expect(pdftotext(file, 2)).toContain(`${person.name} · ${letter.dateText}`)
      expect(embeddedFaces(file)).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'NotoSansSC-Bold', 'NotoSansSC-Regular'])
      expect(pdffonts(file).every((f) => f.embedded)).toBe(true)
      expect(pdfinfo(file).Tagged).toBe('yes')
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')
    })
  }

  it('sets the name on the baseline and at the size of the Latin text beside it, and wraps Chinese text inside the margins', { timeout: 30_000 }, async () => {
    const address = '北京市朝阳区建国路八十八号现代城二号楼十五层一五零二室'.repeat(4)
    const file = save(await renderLetterPdf(letterTo('王秀英', (l) => (l.paragraphs = [`Address: ${address}`, ...l.paragraphs])), { pageSize: 'A4' }))
    const boxes = wordBoxes(file).filter((b) => b.page === 1)
    const dear = boxes.find((b) => b.word === 'Dear')!
    const name = boxes.find((b) => b.word === '王秀英,')!
    expect(name, 'the name and its comma are one word, with no gap between the runs').toBeDefined()
    // Noto's ascent and descent both exceed DejaVu's, so the box of "王秀英," is that of its Noto run.
    const latin = sizeAndBaseline(dear, fonts.regular)
    const cjk = sizeAndBaseline(name, fonts.cjk().regular)
    expect(latin.size).toBeCloseTo(10, 1)
    expect(cjk.size).toBeCloseTo(latin.size, 1)
    expect(cjk.baseline).toBeCloseTo(latin.baseline, 1)
    expect(name.xMin).toBeGreaterThan(dear.xMax)

    const geo = pageGeometry('A4')
    for (const box of wordBoxes(file)) {
      expect(box.xMin, box.word).toBeGreaterThanOrEqual(geo.left - 0.5)
      expect(box.xMax, box.word).toBeLessThanOrEqual(geo.right + 0.5)
    }
    expect(pdftotext(file).replace(/\s+/g, '')).toContain(`Address:${address}`)
  })

  it('renders the same bytes twice', async () => {
    const letter = letterTo('王秀英')
    const first = await renderLetterPdf(letter, { pageSize: 'A4' })
    const second = await renderLetterPdf(structuredClone(letter), { pageSize: 'A4' })
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0)
  })
})

describe('a letter to a person whose name is in Korean script', () => {
  it('prints 김민준 in Noto Sans KR, the Chinese beside it in Noto Sans SC, on the Latin baseline', { timeout: 30_000 }, async () => {
    const letter = letterTo('김민준 (Kim Min-jun)', (l) => (l.signature.name = '李明 (Li Ming)'))
    expect(unprintableCharacters(letter)).toEqual([])
    const file = save(await renderLetterPdf(letter, { pageSize: 'A4' }))
    expect(pdftotext(file)).toContain('Dear 김민준 (Kim Min-jun),')
    expect(pdftotext(file)).toContain('李明 (Li Ming)')
    expect(embeddedFaces(file)).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'NotoSansKR-Regular', 'NotoSansSC-Bold'])
    const boxes = wordBoxes(file).filter((b) => b.page === 1)
    const dear = boxes.find((b) => b.word === 'Dear')!
    const name = boxes[boxes.indexOf(dear) + 1]!
    expect(name.word).toBe('김민준')
    const latin = sizeAndBaseline(dear, fonts.regular)
    const korean = sizeAndBaseline(name, fonts.korean().regular)
    expect(korean.size).toBeCloseTo(latin.size, 1)
    expect(korean.baseline).toBeCloseTo(latin.baseline, 1)
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors')
  })
})

describe('the characters no font has', () => {
  it('are reported, and only they: Ethiopic (ሰላም) is in none of the letter fonts', () => {
    expect(unprintableCharacters(letterTo('ሰላም (Selam), 김민준, 王秀英'))).toEqual(['ሰ', 'ላ', 'ም'])
  })

  it('a letter with no such characters never reads the CJK font files', async () => {
    const folder = join(workFolder, 'latin-only-fonts')
    mkdirSync(folder, { recursive: true })
    for (const file of [FONT_FILES.regular, FONT_FILES.bold]) copyFileSync(join(defaultFontsFolder(), file), join(folder, file))
    const file = save(await renderLetterPdf(letterTo('Ελένη Παπαδοπούλου'), { pageSize: 'A4', fontsFolder: folder }))
    expect(embeddedFaces(file)).toEqual(['DejaVuSans', 'DejaVuSans-Bold'])
    await expect(renderLetterPdf(letterTo('王秀英'), { pageSize: 'A4', fontsFolder: folder })).rejects.toThrow(
      /The letter font NotoSansSC-Regular.ttf is missing from/
    )
  })
})

describe('splitting text into runs by font', () => {
  const fallbacks = [() => fonts.cjk().regular, () => fonts.korean().regular]
  it('keeps Latin, Greek and accents in the main face and hands CJK to the first fallback, Hangul to the second', () => {
    expect(splitRuns('Dear Ελένη, café', fonts.regular, fallbacks)).toEqual([{ text: 'Dear Ελένη, café', face: 0 }])
    expect(splitRuns('Dear 王秀英, 3 月', fonts.regular, fallbacks)).toEqual([
      { text: 'Dear ', face: 0 },
      { text: '王秀英', face: 1 },
      { text: ', 3 ', face: 0 },
      { text: '月', face: 1 }
    ])
  })

  it('keeps a combining mark or variation selector with the character before it, and leaves what no font has in the main face', () => {
    expect(splitRuns('葛\u{E0100}e\u0301', fonts.regular, fallbacks)).toEqual([
      { text: '葛\u{E0100}', face: 1 },
      { text: 'e\u0301', face: 0 }
    ])
    expect(splitRuns('김 王 ሰ', fonts.regular, fallbacks)).toEqual([
      { text: '김', face: 2 },
      { text: ' ', face: 0 },
      { text: '王', face: 1 },
      { text: ' ሰ', face: 0 }
    ])
  })
})
