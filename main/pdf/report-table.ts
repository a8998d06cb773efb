/// <reference types="pdfkit" />
import { widthOfText } from './document-fonts'
import { Flow, part, type TextStyle } from './flow'

const INK = '#000000'
const GREY = '#404040'

export const REPORT_STYLES = {
  title: { face: 'Bold', size: 16, lineHeight: 20, color: INK },
  heading: { face: 'Bold', size: 11.5, lineHeight: 15, color: INK },
  body: { face: 'Body', size: 9.5, lineHeight: 13, color: INK },
  cell: { face: 'Body', size: 8.5, lineHeight: 11, color: INK },
  headCell: { face: 'Bold', size: 7.5, lineHeight: 10, color: GREY },
  figure: { face: 'Bold', size: 13, lineHeight: 16, color: INK },
  small: { face: 'Body', size: 8, lineHeight: 10.5, color: GREY },
  term: { face: 'Bold', size: 8.5, lineHeight: 11, color: INK }
} satisfies Record<string, TextStyle>

export interface TableColumn {
  header: string
  /** Its share of the text width; the shares of a table add up to 1. */
  share: number
  align?: 'left' | 'right'
}

const PAD_X = 3
const PAD_Y = 3

/**
 * A table of text, tagged Table / TR / TH / TD. A row is never split across
 * pages; its header row is repeated atop the next page.
 */
export function drawTable(flow: Flow, parent: PDFKit.PDFStructureElement, columns: TableColumn[], rows: string[][]): void {
  const { doc, geo } = flow
  const table = doc.struct('Table')
  parent.add(table)
  const xs: number[] = []
  let x = geo.left
  for (const col of columns) {
    xs.push(x)
    x += col.share * flow.width
  }
  const drawRow = (cells: string[], style: TextStyle, head: boolean) => {
    const wrapped = cells.map((text, i) => flow.lines(text, style, 0, columns[i]!.share * flow.width - 2 * PAD_X, false))
    const height = Math.max(1, ...wrapped.map((l) => l.length)) * style.lineHeight + 2 * PAD_Y
    return { wrapped, height, style, head }
  }
  const place = (row: ReturnType<typeof drawRow>) => {
    const tr = doc.struct('TR')
    table.add(tr)
    const top = flow.y
    row.wrapped.forEach((lines, i) => {
      const col = columns[i]!
      const cellRight = xs[i]! + col.share * flow.width - PAD_X
      flow.use(row.style)
      const placed = lines.map((line) => {
        const text = line[0]?.text ?? ''
        return [{ text, x: col.align === 'right' ? cellRight - widthOfText(doc, text) : xs[i]! + PAD_X }]
      })
      flow.drawAt(placed, row.style, top + PAD_Y, part(doc, tr, row.head ? 'TH' : 'TD'))
    })
    flow.y = top + row.height
    flow.rule(flow.y, geo.left, geo.left + flow.width)
  }
  const header = drawRow(columns.map((c) => c.header), REPORT_STYLES.headCell, true)
  const body = rows.map((cells) => drawRow(cells, REPORT_STYLES.cell, false))
  flow.keepTogether(header.height + (body[0]?.height ?? 0))
  place(header)
  for (const row of body) {
    if (flow.y + row.height > geo.bottom) {
      flow.newPage()
      place(header)
    }
    place(row)
  }
  table.end()
}
