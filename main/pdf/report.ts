import PDFDocument from 'pdfkit'
import type { ReportRenderInput } from '../../src/reports/render-input'
import type { ReportFigures } from '../../src/reports/figures-schema'
import { formatDateLong } from '../../src/domain/dates'
import { countAxis, monthLabel, monthTick, PERCENT_TICKS } from '../../src/reports/chart-scale'
import { daysText, percentText } from '../../src/reports/stats'
import { drawLetterhead, type OpenedLogo } from './draw-letter'
import { useLetterFonts } from './document-fonts'
import { defaultFontsFolder, loadLetterFonts } from './fonts'
import { Flow, part, type TextStyle } from './flow'
import { checkLogo } from './logo'
import { pageGeometry } from './page-geometry'
import { keepMetadataValid } from './render'
import { drawBarChart } from './report-chart'
import { drawTable, REPORT_STYLES, type TableColumn } from './report-table'
import { drawPageFooter } from './page-footer'

export interface ReportRenderOptions {
  logo?: Uint8Array
  fontsFolder?: string
}

const n = (v: number) => v.toLocaleString('en-GB')

/**
 * The office's report as a tagged PDF: the letters' letterhead and fonts,
 * the figures as tables, the two monthly charts as vectors, the definitions,
 * and "Page X of Y" on every page. The same input always gives the same bytes.
 */
export async function renderReportPdf(input: ReportRenderInput, options: ReportRenderOptions = {}): Promise<Uint8Array> {
  const { figures: f, organisation, pageSize } = input
  if (options.logo) checkLogo(options.logo)
  const fonts = loadLetterFonts(options.fontsFolder ?? defaultFontsFolder())
  const geo = pageGeometry(pageSize)
  const made = new Date(`${f.asOf}T00:00:00Z`)
  const title = `Privacy report: ${formatDateLong(f.period.from)} to ${formatDateLong(f.period.to)}`
  const doc = new PDFDocument({
    size: pageSize,
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    font: null as unknown as string,
    info: { Title: title, Author: organisation.name, Creator: 'Privacy Casebook', Producer: 'PDFKit', CreationDate: made, ModDate: made }
  })
  keepMetadataValid(doc, made)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })
  useLetterFonts(doc, fonts)
  const logo = options.logo ? (doc as unknown as { openImage(src: Buffer): OpenedLogo }).openImage(Buffer.from(options.logo)) : undefined

  const root = doc.struct('Document')
  doc.addStructure(root)
  doc.addPage({ size: geo.size, margin: 0 })
  const flow = new Flow(doc, geo)
  flow.y = drawLetterhead(flow, { letterhead: organisation }, root, logo) + 18
  const text = (t: string, style: TextStyle, tag = 'P', keepAfter = 0) =>
    flow.place(flow.lines(t, style, geo.left, flow.width, false), style, part(doc, root, tag), keepAfter)
  const heading = (t: string) => {
    flow.gap(10)
    text(t, REPORT_STYLES.heading, 'H2', 60)
    flow.gap(3)
  }
  text('Privacy office report', REPORT_STYLES.title, 'H1')
  text(`Cases received from ${formatDateLong(f.period.from)} to ${formatDateLong(f.period.to)}, both included; figures as of ${formatDateLong(f.asOf)}. What each figure counts is set out at the end.`, REPORT_STYLES.body)

  heading('Summary')
  drawTable(flow, root, [{ header: 'Figure', share: 0.7 }, { header: 'Value', share: 0.3, align: 'right' }], summaryRows(f))

  heading('By month received')
  const axis = countAxis(Math.max(0, ...f.byMonth.map((m) => m.requests)))
  drawBarChart(flow, root, {
    title: 'Requests received by month',
    alt: `Bar chart of requests received by month: ${f.byMonth.map((m) => `${monthLabel(m.month)} ${m.requests}`).join(', ')}.`,
    bars: f.byMonth.map((m, i) => ({ tick: monthTick(m.month, i), share: m.requests / axis.max })),
    ticks: axis.ticks.map((t) => ({ share: t / axis.max, label: n(t) }))
  })
  drawBarChart(flow, root, {
    title: 'On-time rate by month',
    alt: `Bar chart of the on-time rate by month: ${f.byMonth.map((m) => `${monthLabel(m.month)} ${m.onTime.rate === null ? 'none settled' : percentText(m.onTime.rate)}`).join(', ')}.`,
    bars: f.byMonth.map((m, i) => ({ tick: monthTick(m.month, i), share: m.onTime.rate })),
    ticks: PERCENT_TICKS.map((t) => ({ share: t, label: `${t * 100}%` }))
  })
  drawTable(
    flow,
    root,
    [
      { header: 'Month', share: 0.32 },
      { header: 'Requests', share: 0.17, align: 'right' },
      { header: 'On time', share: 0.17, align: 'right' },
      { header: 'Late', share: 0.17, align: 'right' },
      { header: 'On-time rate', share: 0.17, align: 'right' }
    ],
    f.byMonth.map((m) => [monthLabel(m.month), n(m.requests), n(m.onTime.met), n(m.onTime.late), percentText(m.onTime.rate)])
  )

  const counts = (head: string, rows: { label: string; count: number }[]) =>
    drawTable(flow, root, [{ header: head, share: 0.75 }, { header: 'Number', share: 0.25, align: 'right' }], rows.map((r) => [r.label, n(r.count)]))
  heading('Requests by right')
  counts('Right', f.byRight)
  heading('Requests by channel')
  counts('Channel', f.byChannel)
  heading('Outcomes')
  counts('Outcome', [
    { label: 'Complied with in whole', count: f.outcomes.fulfilled },
    { label: 'Complied with in part', count: f.outcomes.partlyFulfilled },
    { label: 'Refused', count: f.outcomes.refused },
    { label: 'Withdrawn', count: f.outcomes.withdrawn },
    { label: 'Still open', count: f.outcomes.open }
  ])
  heading('Refusal reasons')
  if (f.refusalReasons.length === 0) text('No request was refused.', REPORT_STYLES.body)
  else counts('Reason', f.refusalReasons)

  heading('Complaints and escalations')
  text(`${n(f.complaints)} complaint${f.complaints === 1 ? '' : 's'} received; ${n(f.escalations.total)} escalation${f.escalations.total === 1 ? '' : 's'} to an outside body.`, REPORT_STYLES.body)
  if (f.escalations.byBody.length > 0) {
    flow.gap(4)
    drawTable(
      flow,
      root,
      [{ header: 'Body', share: 0.55 }, { header: 'Escalations', share: 0.15, align: 'right' }, { header: 'Decided', share: 0.15, align: 'right' }, { header: 'Pending', share: 0.15, align: 'right' }],
      f.escalations.byBody.map((b) => [b.body, n(b.total), n(b.decided), n(b.pending)])
    )
    flow.gap(6)
    counts('Outcome of the escalation', f.escalations.byOutcome)
  }

  heading('CCPA requests (11 CCR §7102)')
  const ccpaColumns: TableColumn[] = [
    { header: 'Request type', share: 0.18 },
    ...([['Received', 0.1], ['Complied in whole', 0.11], ['Complied in part', 0.11], ['Denied', 0.09], ['Withdrawn', 0.12], ['Open', 0.07], ['Median days', 0.11], ['Mean days', 0.11]] as const).map(
      ([header, share]): TableColumn => ({ header, share, align: 'right' })
    )
  ]
  drawTable(
    flow,
    root,
    ccpaColumns,
    f.ccpa.map((r) => [r.type, n(r.received), n(r.compliedInWhole), n(r.compliedInPart), n(r.denied), n(r.withdrawn), n(r.open), daysText(r.days.median), daysText(r.days.mean)])
  )

  heading('What the figures count')
  for (const d of f.definitions) {
    text(d.term, REPORT_STYLES.term, 'H3', REPORT_STYLES.small.lineHeight * 2)
    text(d.meaning, REPORT_STYLES.small)
    flow.gap(4)
  }

  drawFooters(doc, geo, `${organisation.name} · Privacy report ${f.period.from} to ${f.period.to}`)
  root.end()
  doc.end()
  await done
  return Buffer.concat(chunks)
}

function summaryRows(f: ReportFigures): string[][] {
  return [
    ['Requests received', n(f.requests)],
    ['Complaints received', n(f.complaints)],
    ['On-time rate (met on time / late)', `${percentText(f.onTime.rate)} (${n(f.onTime.met)} / ${n(f.onTime.late)})`],
    ['Open requests already past their deadline', n(f.openOverdue)],
    ['Mean days to a response', daysText(f.daysToResponse.mean)],
    ['Median days to a response', daysText(f.daysToResponse.median)],
    ['Requests responded to (for the days above)', n(f.daysToResponse.count)],
    ['Extensions used', n(f.extensions)],
    ['Clarification pauses (requests paused)', `${n(f.pauses.periods)} (${n(f.pauses.requests)})`]
  ]
}

/** "Page X of Y" and the report's name on every page, as artifacts. */
function drawFooters(doc: PDFKit.PDFDocument, geo: ReturnType<typeof pageGeometry>, name: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    drawPageFooter(doc, geo, { number: i + 1, count }, name, { maxLines: 2 })
  }
}
