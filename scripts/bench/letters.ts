import PDFDocument from 'pdfkit'
import { composeLetter, type ComposedLetter } from '../../src/letters'
import { sampleFacts } from '../../src/letters/samples'
import { defaultFontsFolder, loadLetterFonts, renderLetterPdf } from '../../main/pdf'
import { round, versus, type BenchResult } from './stats'

/** 1,000 acknowledgements for 1,000 different requesters, as a batch issues them. */
function letters(count: number): ComposedLetter[] {
  const names = ['Ελένη Παπαδοπούλου', 'Agnieszka Wąsowska', 'Дмитрий Иванов', 'John Smith', 'Zoë Adams']
  return Array.from({ length: count }, (_, i) => {
    const facts = sampleFacts('acknowledgement')
    facts.reference = `PR-2026-${String(i + 1).padStart(4, '0')}`
    facts.requester = { ...facts.requester, name: `${names[i % names.length]} ${i}` }
    return composeLetter('acknowledgement', facts)
  })
}

/** Bare pdfkit: the same text, with the same pre-parsed font, one document per letter, no layout work. */
async function barePdf(letter: ComposedLetter, font: unknown, bold: unknown): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  doc.font(bold as never).fontSize(11).text(letter.letterhead.name)
  doc.font(font as never)
  for (const line of [...letter.letterhead.addressLines, letter.dateText, letter.recipient.name, ...letter.recipient.addressLines, letter.referenceLine, letter.salutation])
    doc.text(line)
  doc.font(bold as never).text(letter.subject)
  doc.font(font as never)
  for (const p of letter.paragraphs) doc.text(p, { align: 'left' })
  doc.text(letter.closing).text(letter.signature.name).text(letter.signature.title)
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

export async function benchLetters(runs: number, count = 1000): Promise<BenchResult> {
  const batch = letters(count)
  const fonts = loadLetterFonts(defaultFontsFolder())
  const { value, baseline } = await versus(
    runs,
    async () => {
      for (const letter of batch) await renderLetterPdf(letter, { pageSize: 'A4' })
    },
    async () => {
      for (const letter of batch) await barePdf(letter, fonts.regular, fonts.bold)
    }
  )
  return {
    name: `letter-render-batch-${count}`,
    value: round(value),
    unit: 'ms',
    baseline: round(baseline),
    ratio: round(value / baseline, 2),
    budget: 'ratio ≤ 1.5'
  }
}
