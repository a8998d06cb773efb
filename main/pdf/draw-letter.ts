/// <reference types="pdfkit" />
import type { ComposedLetter } from '../../src/letters'
import { widthOfText } from './document-fonts'
import { Flow, part, type Line, type TextStyle } from './flow'
import type { PageGeometry } from './page-geometry'

const INK = '#000000'
const GREY = '#404040'

export const STYLES = {
  body: { face: 'Body', size: 10, lineHeight: 14.2, color: INK },
  bold: { face: 'Bold', size: 10, lineHeight: 14.2, color: INK },
  subject: { face: 'Bold', size: 10.5, lineHeight: 15, color: INK },
  organisation: { face: 'Bold', size: 13, lineHeight: 17, color: INK },
  letterhead: { face: 'Body', size: 8.5, lineHeight: 11.5, color: GREY },
  label: { face: 'Body', size: 8.5, lineHeight: 13.2, color: GREY },
  address: { face: 'Body', size: 10, lineHeight: 13.2, color: INK },
  footer: { face: 'Body', size: 7.5, lineHeight: 9.5, color: GREY }
} satisfies Record<string, TextStyle>

const PARAGRAPH_GAP = 7
const SIGNATURE_SPACE = 36

/** An image pdfkit has opened (doc.openImage): embedded once, however many pages show it. */
export interface OpenedLogo {
  width: number
  height: number
}

/**
 * Draws one letter, starting on a fresh page, as a tagged section of the document.
 * Returns the number of pages it took.
 */
export function drawLetter(
  doc: PDFKit.PDFDocument,
  letter: ComposedLetter,
  geo: PageGeometry,
  root: PDFKit.PDFStructureElement,
  logo?: OpenedLogo
): number {
  doc.addPage({ size: geo.size, margin: 0 })
  const section = doc.struct('Sect', { lang: letter.language, title: letter.title })
  root.add(section)
  const flow = new Flow(doc, geo)

  const letterheadBottom = drawLetterhead(flow, letter, section, logo)
  drawRecipient(flow, letter, section, letterheadBottom)

  flow.gap(PARAGRAPH_GAP)

  const salutation = flow.lines(letter.salutation, STYLES.body, geo.left, flow.width, false)
  const subject = flow.lines(letter.subject, STYLES.subject, geo.left, flow.width, false)
  const firstLines = (letter.paragraphs.length > 0 ? 2 : 1) * STYLES.body.lineHeight
  const opening: [Line[], TextStyle, string][] =
    letter.language === 'en-US'
      ? [[subject, STYLES.subject, 'H1'], [salutation, STYLES.body, 'P']]
      : [[salutation, STYLES.body, 'P'], [subject, STYLES.subject, 'H1']]
  const [first, second] = opening as [(typeof opening)[0], (typeof opening)[0]]
  flow.place(first[0], first[1], part(doc, section, first[2]), PARAGRAPH_GAP + second[0].length * second[1].lineHeight + PARAGRAPH_GAP + firstLines)
  flow.gap(PARAGRAPH_GAP)
  flow.place(second[0], second[1], part(doc, section, second[2]), PARAGRAPH_GAP + firstLines)
  flow.gap(PARAGRAPH_GAP)

  const signature = signatureLines(flow, letter)
  const signatureHeight = STYLES.body.lineHeight + SIGNATURE_SPACE + signature.length * STYLES.body.lineHeight
  letter.paragraphs.forEach((text, i) => {
    const last = i === letter.paragraphs.length - 1
    const lines = flow.lines(text, STYLES.body, geo.left, flow.width)
    flow.place(lines, STYLES.body, part(doc, section, 'P'), last ? PARAGRAPH_GAP + signatureHeight : 0)
    flow.gap(PARAGRAPH_GAP)
  })

  flow.keepTogether(signatureHeight)
  flow.place(flow.lines(letter.closing, STYLES.body, geo.left, flow.width, false), STYLES.body, part(doc, section, 'P'))
  flow.gap(SIGNATURE_SPACE)
  const signatureParts: [Line[], TextStyle][] = [
    [signature.slice(0, nameLineCount(flow, letter)), STYLES.bold],
    [signature.slice(nameLineCount(flow, letter)), STYLES.body]
  ]
  const block = part(doc, section, 'P')
  for (const [lines, style] of signatureParts) flow.place(lines, style, block)

  drawEnclosures(flow, letter, section)
  section.end()
  return flow.pages
}

/** The organisation's name, address and contact details, right-aligned, and the logo; returns the y under its rule. */
export function drawLetterhead(flow: Flow, letter: Pick<ComposedLetter, 'letterhead'>, section: PDFKit.PDFStructureElement, logo?: OpenedLogo): number {
  const { doc, geo } = flow
  let logoBottom = geo.top
  let textWidth = flow.width * 0.62
  if (logo) {
    const scale = Math.min(geo.logo.maxWidth / logo.width, geo.logo.maxHeight / logo.height, 1)
    const width = logo.width * scale
    const height = logo.height * scale
    const figure = doc.struct('Figure', { alt: `Logo of ${letter.letterhead.name}` })
    section.add(figure)
    const content = doc.markStructureContent('Figure')
    doc.image(logo as unknown as Buffer, geo.left, geo.top, { width, height })
    doc.endMarkedContent()
    figure.add(content)
    figure.end()
    logoBottom = geo.top + height
    textWidth = flow.width - width - 24
  }
  const rightAligned = (text: string, style: TextStyle): Line[] =>
    flow.lines(text, style, 0, textWidth, false).map((line) => {
      flow.use(style)
      const t = line[0]!.text
      return [{ text: t, x: geo.right - widthOfText(doc, t) }]
    })
  const head = part(doc, section, 'P')
  let y = flow.drawAt(rightAligned(letter.letterhead.name, STYLES.organisation), STYLES.organisation, geo.top, head)
  y += 2
  const details = [...letter.letterhead.addressLines, ...letter.letterhead.contactLines]
  y = flow.drawAt(details.flatMap((line) => rightAligned(line, STYLES.letterhead)), STYLES.letterhead, y, head)
  const bottom = Math.max(y, logoBottom) + 6
  flow.rule(bottom)
  return bottom
}

function drawRecipient(flow: Flow, letter: ComposedLetter, section: PDFKit.PDFStructureElement, letterheadBottom: number): void {
  const { geo } = flow
  const { recipient } = letter
  const window = geo.window
  const top = Math.max(window.y, letterheadBottom + 16)
  const texts = [recipient.name, ...recipient.addressLines]
  if (recipient.addressLines.length === 0 && recipient.email) texts.push(`By email: ${recipient.email}`)
  const lines = texts.flatMap((t) => flow.lines(t, STYLES.address, window.x, window.width, false))
  const end = flow.drawAt(lines, STYLES.address, top, part(flow.doc, section, 'P'))
  const infoEnd = drawInfo(flow, letter, section, top)
  flow.y = Math.max(top + window.height, end, infoEnd) + 14
}

/** Beside the address: "Our reference", "Your reference" and "Date", label and value in two columns. */
function drawInfo(flow: Flow, letter: ComposedLetter, section: PDFKit.PDFStructureElement, top: number): number {
  const { info } = flow.geo
  const rows = [...letter.references, { label: 'Date', value: letter.dateText }]
  let y = top
  for (const row of rows) {
    const target = part(flow.doc, section, 'P')
    const valueLines = flow.lines(row.value, STYLES.address, info.x + info.labelWidth, info.width - info.labelWidth, false)
    const labelLines = flow.lines(row.label, STYLES.label, info.x, info.labelWidth - 4, false)
    flow.drawAt(labelLines, { ...STYLES.label, lineHeight: STYLES.address.lineHeight }, y + 1.2, target)
    y = flow.drawAt(valueLines, STYLES.address, y, target)
  }
  return y
}

function nameLineCount(flow: Flow, letter: ComposedLetter): number {
  return flow.lines(letter.signature.name, STYLES.bold, flow.geo.left, flow.width * 0.6, false).length
}

function signatureLines(flow: Flow, letter: ComposedLetter): Line[] {
  const { left } = flow.geo
  const width = flow.width * 0.6
  return [
    ...flow.lines(letter.signature.name, STYLES.bold, left, width, false),
    ...flow.lines(letter.signature.title, STYLES.body, left, width, false),
    ...flow.lines(letter.signature.office, STYLES.body, left, width, false)
  ]
}

function drawEnclosures(flow: Flow, letter: ComposedLetter, section: PDFKit.PDFStructureElement): void {
  if (letter.enclosures.length === 0) return
  const { doc, geo } = flow
  flow.gap(PARAGRAPH_GAP * 2)
  const heading = letter.enclosures.length === 1 ? 'Enclosure' : 'Enclosures'
  flow.place(flow.lines(heading, STYLES.bold, geo.left, flow.width), STYLES.bold, part(doc, section, 'H2'), STYLES.body.lineHeight)
  const list = doc.struct('L')
  section.add(list)
  for (const item of letter.enclosures) {
    const entry = doc.struct('LI')
    list.add(entry)
    flow.place(flow.lines(`– ${item}`, STYLES.body, geo.left, flow.width), STYLES.body, part(doc, entry, 'LBody'))
  }
}
