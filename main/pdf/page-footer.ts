/// <reference types="pdfkit" />
import { STYLES } from './draw-letter'
import { drawText, widthOfText } from './document-fonts'
import { Flow } from './flow'
import type { PageGeometry } from './page-geometry'
import { wrapText } from './wrap'

/**
 * The footer of the current page: a rule (its own artifact), then, as one
 * pagination artifact, "Page X of Y" on the right and `text` (the reference
 * line, the report's name) on the left, wrapped beside the label to at most
 * `maxLines` lines, and whatever `alsoDraw` adds in the footer's style.
 */
export function drawPageFooter(
  doc: PDFKit.PDFDocument,
  geo: PageGeometry,
  page: { number: number; count: number },
  text: string,
  { maxLines = Infinity, alsoDraw }: { maxLines?: number; alsoDraw?: () => void } = {}
): void {
  const style = STYLES.footer
  const flow = new Flow(doc, geo)
  flow.rule(geo.bottom + 8)
  doc.markContent('Artifact', { type: 'Pagination' })
  flow.use(style)
  const label = `Page ${page.number} of ${page.count}`
  const labelWidth = widthOfText(doc, label)
  drawText(doc, label, geo.right - labelWidth, geo.footerY)
  const lines = wrapText(text, geo.right - geo.left - labelWidth - 24, (s) => widthOfText(doc, s))
  lines.slice(0, maxLines).forEach((line, j) => drawText(doc, line, geo.left, geo.footerY + j * style.lineHeight))
  alsoDraw?.()
  doc.endMarkedContent()
}
