/// <reference types="pdfkit" />
import type { PageGeometry } from './page-geometry'
import { drawText, widthOfText } from './document-fonts'
import { wrapText } from './wrap'

export type Face = 'Body' | 'Bold'

export interface TextStyle {
  face: Face
  size: number
  lineHeight: number
  color: string
}

/** One run of text on a line, at its own x (a hanging label and the text after it are two runs). */
interface Run {
  text: string
  x: number
}
export type Line = Run[]

/** A structure element and its tag (P, H1, LBody...): text placed for it is marked as its content. */
export interface Part {
  element: PDFKit.PDFStructureElement
  tag: string
}

export function part(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, tag: string): Part {
  const element = doc.struct(tag)
  parent.add(element)
  return { element, tag }
}

const LIST_LABEL = /^(\([a-z]{1,2}\)|\d{1,2}\.|[–•-])\s+/u

/**
 * Sets a letter's text down the page, starting new pages as needed, and tags each piece
 * of text as the content of its structure element. It keeps blocks together as a letter
 * should: never one line of a paragraph alone at the foot or head of a page, and never
 * a signature without the end of the text it signs.
 */
export class Flow {
  y: number
  pages = 1
  private atTop = false

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly geo: PageGeometry
  ) {
    this.y = geo.top
  }

  get width(): number {
    return this.geo.right - this.geo.left
  }

  newPage(): void {
    this.doc.addPage({ size: this.geo.size, margin: 0 })
    this.pages++
    this.y = this.geo.continuationTop
    this.atTop = true
  }

  /** Lines of `text` wrapped to `width`, each at x; a list label such as "(a)" hangs to the left of its text. */
  lines(text: string, style: TextStyle, x: number, width: number, hang = true): Line[] {
    this.use(style)
    const measure = (s: string) => widthOfText(this.doc, s)
    const label = hang ? LIST_LABEL.exec(text) : null
    if (!label) return wrapText(text, width, measure).map((t) => [{ text: t, x }])
    const indent = Math.max(measure(label[1]!) + 6, 22)
    const body = wrapText(text.slice(label[0].length), width - indent, measure)
    return body.map((t, i) => (i === 0 ? [{ text: label[1]!, x }, { text: t, x: x + indent }] : [{ text: t, x: x + indent }]))
  }

  /**
   * Places a block of lines as the content of `target`. `keepAfter` is the height of what
   * must follow on the same page as the block's last lines (a signature after the last
   * paragraph, the first lines of a paragraph after a heading).
   */
  place(lines: Line[], style: TextStyle, target: Part, keepAfter = 0): void {
    const lh = style.lineHeight
    let i = 0
    while (i < lines.length) {
      const remaining = lines.length - i
      const room = Math.max(0, Math.floor((this.geo.bottom - this.y + 0.01) / lh))
      if (remaining <= room && this.y + remaining * lh + keepAfter <= this.geo.bottom) {
        this.draw(lines.slice(i), style, target)
        return
      }
      // How many lines stay on this page: leave at least two to go with what follows,
      // and never a single line on either side of the break.
      let k = remaining <= room ? remaining - Math.min(remaining, 2) : room
      if (remaining - k === 1) k -= 1
      if (k === 1) k = 0
      if (k <= 0 && this.atTop) k = Math.max(1, Math.min(room, remaining))
      if (k > 0) this.draw(lines.slice(i, i + k), style, target)
      i += k
      this.newPage()
    }
  }

  /** Starts a new page unless `height` fits below the current position. */
  keepTogether(height: number): void {
    if (!this.atTop && this.y + height > this.geo.bottom) this.newPage()
  }

  gap(points: number): void {
    this.y += points
  }

  /** Text at a fixed place, outside the flow: right-aligned letterhead lines. */
  drawAt(lines: Line[], style: TextStyle, y: number, target: Part): number {
    const content = this.doc.markStructureContent(target.tag)
    this.use(style)
    for (const line of lines) {
      for (const run of line) drawText(this.doc, run.text, run.x, y)
      y += style.lineHeight
    }
    this.doc.endMarkedContent()
    target.element.add(content)
    return y
  }

  /** Decoration that is not part of the text (rules): marked as an artifact for screen readers. */
  rule(y: number, x1 = this.geo.left, x2 = this.geo.right): void {
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.doc.save().lineWidth(0.5).strokeColor('#8a8a8a').moveTo(x1, y).lineTo(x2, y).stroke().restore()
    this.doc.endMarkedContent()
  }

  use(style: TextStyle): void {
    this.doc.font(style.face).fontSize(style.size).fillColor(style.color)
  }

  private draw(lines: Line[], style: TextStyle, target: Part): void {
    this.y = this.drawAt(lines, style, this.y, target)
    this.atTop = false
  }
}
