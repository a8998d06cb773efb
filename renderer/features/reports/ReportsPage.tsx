import { useEffect, useRef, useState } from 'react'
import { officeToday, useOffice } from '../../app/office'
import { desktopApi } from '../../api'
import { Notice } from '../../components/Notice'
import { officeReport, type ReportProgress } from '../../repositories/report'
import { getLetterheadLogo } from '../../repositories/letters'
import { isIsoDate, formatDateLong } from '../../../src/domain/dates'
import type { ReportFigures } from '../../../src/reports/figures-schema'
import { reportFileName, type ReportPeriod } from '../../../src/reports/tally'
import { reportOrganisation } from './report-organisation'
import { ReportTables } from './ReportTables'
import './reports.css'

type Outcome = { tone: 'success' | 'info' | 'error'; message: string; path?: string }

/** The office's figures for a period, on screen and as a PDF. */
export function ReportsPage() {
  const { db, settings } = useOffice()
  const today = officeToday(settings)
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today)
  const [figures, setFigures] = useState<ReportFigures | null>(null)
  const [progress, setProgress] = useState<ReportProgress | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<Outcome | null>(null)
  const running = useRef<AbortController | null>(null)

  async function run(period: ReportPeriod) {
    setProblem(null)
    setSaved(null)
    if (!isIsoDate(period.from) || !isIsoDate(period.to)) {
      setProblem('Enter both dates of the period as real dates, such as 2026-03-14.')
      return
    }
    if (period.from > period.to) {
      setProblem('The period starts after it ends: swap the dates.')
      return
    }
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setFigures(null)
    setProgress({ read: 0, total: 0 })
    try {
      const result = await officeReport(db, period, today, { onProgress: setProgress, signal: controller.signal })
      if (!controller.signal.aborted) setFigures(result)
    } catch (e) {
      if (!controller.signal.aborted) setProblem(`The figures could not be worked out: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      if (running.current === controller) {
        running.current = null
        setProgress(null)
      }
    }
  }

  useEffect(() => {
    void run({ from, to })
    return () => running.current?.abort()
    // The figures for the default period once, on opening; later on request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db])

  async function savePdf(f: ReportFigures) {
    setSaving(true)
    setSaved(null)
    try {
      const logo = await getLetterheadLogo(db)
      const rendered = await desktopApi().renderReport({
        figures: f,
        organisation: reportOrganisation(settings),
        pageSize: settings.letterPageSize,
        ...(logo ? { logo: logo.bytes as Uint8Array<ArrayBuffer> } : {})
      })
      if (!rendered.ok) {
        setSaved({ tone: 'error', message: `The report could not be made: ${rendered.error.message}` })
        return
      }
      const file = await desktopApi().saveFile({ defaultName: reportFileName(f.period), kind: 'pdf', bytes: rendered.value.bytes })
      if (!file.ok) setSaved({ tone: 'error', message: `The report was not saved: ${file.error.message}` })
      else if (!file.value.saved) setSaved({ tone: 'info', message: 'You cancelled: the report was not saved.' })
      else setSaved({ tone: 'success', message: 'The report was saved to', path: file.value.path })
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="page" aria-labelledby="reports-title">
      <div className="page-head">
        <h1 id="reports-title">Reports</h1>
        <p className="lede">The office’s figures for the cases received in a period. Each figure is defined at the end of the report.</p>
      </div>
      <form
        className="card report-period"
        noValidate
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault()
          void run({ from, to })
        }}
      >
        <div className="field">
          <label htmlFor="report-from">Received from</label>
          <input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="report-to">to</label>
          <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit">Show the figures</button>
        {figures && (
          <button type="button" className="secondary" disabled={saving} onClick={() => void savePdf(figures)}>
            {saving ? 'Making the PDF…' : 'Save the report as PDF…'}
          </button>
        )}
      </form>
      {problem && <Notice tone="error">{problem}</Notice>}
      {saved && (
        <Notice tone={saved.tone}>
          <p>
            {saved.message} {saved.path && <span className="saved-path">{saved.path}</span>}
          </p>
        </Notice>
      )}
      {progress && (
        <div className="report-progress">
          <progress value={progress.read} max={Math.max(1, progress.total)} aria-label="Cases read" />
          <p role="status">
            Reading the cases: {progress.read.toLocaleString('en-GB')} of {progress.total.toLocaleString('en-GB')}…
          </p>
        </div>
      )}
      {figures && (
        <>
          <p className="report-heading" role="status">
            Cases received from {formatDateLong(figures.period.from)} to {formatDateLong(figures.period.to)}, as of {formatDateLong(figures.asOf)}.
          </p>
          <ReportTables figures={figures} />
        </>
      )}
    </section>
  )
}
