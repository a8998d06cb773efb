/// <reference types="pdfkit" />
import { drawText, widthOfText } from './document-fonts'
import type { Flow } from './flow'
import { REPORT_STYLES } from './report-table'

export interface ChartBar {
  tick: string
  /** From 0 to 1 of the axis; null draws no bar. */
  share: number | null
}

const HEIGHT = 150
const AXIS_WIDTH = 30
const TICK_ROOM = 14
const NAVY = '#1f3a5f'

/**
 * A bar chart drawn as vectors, tagged as one Figure whose alternative text
 * gives every value (the table after it gives them too).
 */
export function drawBarChart(
  flow: Flow,
  parent: PDFKit.PDFStructureElement,
  chart: { title: string; alt: string; bars: ChartBar[]; ticks: { share: number; label: string }[] }
): void {
  const { doc, geo } = flow
  const titleHeight = REPORT_STYLES.body.lineHeight + 4
  flow.keepTogether(titleHeight + HEIGHT + TICK_ROOM)
  const caption = doc.struct('Caption')
  parent.add(caption)
  flow.drawAt(flow.lines(chart.title, REPORT_STYLES.term, geo.left, flow.width, false), REPORT_STYLES.term, flow.y, { element: caption, tag: 'Caption' })
  flow.y += titleHeight
  const top = flow.y
  const left = geo.left + AXIS_WIDTH
  const right = geo.right
  const bottom = top + HEIGHT

  const figure = doc.struct('Figure', { alt: chart.alt })
  parent.add(figure)
  const content = doc.markStructureContent('Figure')
  doc.save()
  doc.font(REPORT_STYLES.small.face).fontSize(7).fillColor('#404040')
  for (const t of chart.ticks) {
    const y = bottom - HEIGHT * t.share
    doc.lineWidth(0.4).strokeColor('#c8ccd2').moveTo(left, y).lineTo(right, y).stroke()
    drawText(doc, t.label, left - 4 - widthOfText(doc, t.label), y - 3)
  }
  const slot = (right - left) / Math.max(1, chart.bars.length)
  const width = Math.min(28, slot * 0.7)
  const every = Math.ceil(chart.bars.length / 14)
  chart.bars.forEach((bar, i) => {
    const x = left + slot * i + (slot - width) / 2
    if (bar.share !== null && bar.share > 0) {
      const h = Math.max(0.8, HEIGHT * Math.min(1, bar.share))
      doc.rect(x, bottom - h, width, h).fill(NAVY)
    }
    if (i % every === 0) {
      doc.fillColor('#404040')
      drawText(doc, bar.tick, x + width / 2 - widthOfText(doc, bar.tick) / 2, bottom + 4)
    }
  })
  doc.lineWidth(0.6).strokeColor('#404040').moveTo(left, bottom).lineTo(right, bottom).stroke()
  doc.restore()
  doc.endMarkedContent()
  figure.add(content)
  figure.end()
  flow.y = bottom + TICK_ROOM + 6
}
