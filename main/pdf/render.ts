import PDFDocument from 'pdfkit'
import type { ComposedLetter } from '../../src/letters'
import { drawLetter, STYLES, type OpenedLogo } from './draw-letter'
import { drawText, widthOfText, useLetterFonts } from './document-fonts'
import { defaultFontsFolder, loadLetterFonts } from './fonts'
import { checkLogo, LogoError } from './logo'
import { pageGeometry, type PageGeometry } from './page-geometry'
import { wrapText } from './wrap'
import { drawPageFooter } from './page-footer'

export interface RenderOptions {
  pageSize: 'A4' | 'LETTER'
  /** The letterhead logo: PNG or JPEG, at most 2 MB. */
  logo?: Uint8Array
  /** The folder holding the fonts of FONT_FILES (fonts.ts); by default resources/fonts at the app root. */
  fontsFolder?: string
}

/** One letter as a PDF/A-2b file, tagged, with its fonts embedded. */
export function renderLetterPdf(letter: ComposedLetter, options: RenderOptions): Promise<Uint8Array> {
  return renderLettersPdf([letter], options)
}

/**
 * Several letters as one PDF for printing: each starts on a new page and has its own
 * page numbering. The same letters and options always give the same bytes.
 */
export async function renderLettersPdf(letters: readonly ComposedLetter[], options: RenderOptions): Promise<Uint8Array> {
  const first = letters[0]
  if (!first) throw new Error('There are no letters to render.')
  if (options.pageSize !== 'A4' && options.pageSize !== 'LETTER') {
    throw new Error(`The page size must be A4 or LETTER, not "${String(options.pageSize)}".`)
  }
  if (options.logo) checkLogo(options.logo)
  const fonts = loadLetterFonts(options.fontsFolder ?? defaultFontsFolder())
  const geo = pageGeometry(options.pageSize)
  const issued = issueDate(letters)

  const doc = new PDFDocument({
    size: options.pageSize,
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: first.language,
    displayTitle: true,
    font: null as unknown as string,
    info: {
      Title: documentTitle(letters),
      Author: first.letterhead.name,
      ...(letters.length === 1 ? { Subject: first.subject } : {}),
      Creator: 'Privacy Casebook',
      Producer: 'PDFKit',
      CreationDate: issued,
      ModDate: issued
    }
  })
  keepMetadataValid(doc, issued)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  useLetterFonts(doc, fonts)
  const logo = options.logo ? openLogo(doc, options.logo) : undefined
  const root = doc.struct('Document')
  doc.addStructure(root)

  const ranges: { letter: ComposedLetter; start: number; count: number }[] = []
  for (const letter of letters) {
    const start = doc.bufferedPageRange().count
    const count = drawLetter(doc, letter, geo, root, logo)
    ranges.push({ letter, start, count })
  }
  for (const range of ranges) drawPageFurniture(doc, geo, range)
  root.end()
  doc.end()
  await done
  return Buffer.concat(chunks)
}

/** "Page X of Y" and the reference on every page; the addressee and date atop continuation pages. */
function drawPageFurniture(doc: PDFKit.PDFDocument, geo: PageGeometry, range: { letter: ComposedLetter; start: number; count: number }): void {
  const { letter, start, count } = range
  const style = STYLES.footer
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    const header = `${letter.recipient.name} · ${letter.dateText}`
    drawPageFooter(doc, geo, { number: i + 1, count }, letter.referenceLine, {
      alsoDraw: () => {
        if (i === 0) return
        wrapText(header, geo.right - geo.left, (s) => widthOfText(doc, s)).forEach((line, j) => drawText(doc, line, geo.left, geo.headerY + j * style.lineHeight))
      }
    })
  }
}

function openLogo(doc: PDFKit.PDFDocument, bytes: Uint8Array): OpenedLogo {
  try {
    const image = (doc as unknown as { openImage(src: Buffer): OpenedLogo }).openImage(Buffer.from(bytes))
    if (!(image.width > 0 && image.height > 0)) throw new Error('no size')
    return image
  } catch {
    throw new LogoError('The logo could not be read: the file is damaged or is not a valid PNG or JPEG image.')
  }
}

/** The letter's own date, at midnight UTC: reprinting it gives the same file. */
function issueDate(letters: readonly ComposedLetter[]): Date {
  const dates = letters.map((l) => l.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()
  const latest = dates[dates.length - 1]
  return latest ? new Date(`${latest}T00:00:00Z`) : new Date(0)
}

function documentTitle(letters: readonly ComposedLetter[]): string {
  const first = letters[0]!
  if (letters.length === 1) return `${first.title} — ${first.reference}`
  const sameTemplate = letters.every((l) => l.templateId === first.templateId)
  return `${sameTemplate ? first.title : 'Letters'} — ${letters.length} letters`
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!)

/**
 * pdfkit 0.20 copies Title, Author and Subject into the XMP metadata without escaping
 * them ("Smith & Co" would make the XML invalid) and writes no xmp:ModifyDate, which
 * PDF/A needs to match the Info dictionary's ModDate. The Info dictionary has already
 * been written when the metadata is, so the escaping touches the XMP only.
 */
export function keepMetadataValid(doc: PDFKit.PDFDocument, modified: Date): void {
  const endMetadata = doc.endMetadata.bind(doc)
  const info = doc.info as Record<string, unknown>
  doc.endMetadata = () => {
    const saved = { ...info }
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer']) {
      if (typeof info[key] === 'string') info[key] = escapeXml(info[key] as string)
    }
    doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${modified.toISOString().split('.')[0]}Z</xmp:ModifyDate>
        </rdf:Description>
        `)
    endMetadata()
    Object.assign(info, saved)
  }
}
