import type { ReactNode } from 'react'
import type { CountRow, ReportFigures } from '../../../src/reports/figures-schema'
import { countAxis, monthLabel, monthTick, PERCENT_TICKS } from '../../../src/reports/chart-scale'
import { daysText, percentText } from '../../../src/reports/stats'
import { BarChart } from './BarChart'

const n = (v: number) => v.toLocaleString('en-GB')

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card report-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: CountRow[] }) {
  return (
    <table className="report-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">Number</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{n(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ReportTables({ figures }: { figures: ReportFigures }) {
  const f = figures
  const largest = Math.max(0, ...f.byMonth.map((m) => m.requests))
  const axis = countAxis(largest)
  return (
    <div className="report">
      <Card id="report-summary" title="Summary">
        <dl className="report-summary">
          <div><dt>Requests received</dt><dd>{n(f.requests)}</dd></div>
          <div><dt>Complaints received</dt><dd>{n(f.complaints)}</dd></div>
          <div><dt>On-time rate</dt><dd>{percentText(f.onTime.rate)}</dd></div>
          <div><dt>Met on time / late</dt><dd>{n(f.onTime.met)} / {n(f.onTime.late)}</dd></div>
          <div><dt>Open and overdue</dt><dd>{n(f.openOverdue)}</dd></div>
          <div><dt>Mean days to a response</dt><dd>{daysText(f.daysToResponse.mean)}</dd></div>
          <div><dt>Median days to a response</dt><dd>{daysText(f.daysToResponse.median)}</dd></div>
          <div><dt>Extensions used</dt><dd>{n(f.extensions)}</dd></div>
          <div><dt>Clarification pauses</dt><dd>{n(f.pauses.periods)} in {n(f.pauses.requests)} request{f.pauses.requests === 1 ? '' : 's'}</dd></div>
        </dl>
      </Card>

      <Card id="report-months" title="By month received">
        <div className="charts">
          <BarChart
            title="Requests received by month"
            summary={`From ${monthLabel(f.byMonth[0]?.month ?? f.period.from.slice(0, 7))}: ${f.byMonth.map((m) => `${monthLabel(m.month)} ${m.requests}`).join(', ')}.`}
            ticks={axis.ticks.map((t) => ({ share: t / axis.max, label: n(t) }))}
            bars={f.byMonth.map((m, i) => ({ tick: monthTick(m.month, i), description: `${monthLabel(m.month)}: ${n(m.requests)} requests`, share: m.requests / axis.max }))}
          />
          <BarChart
            title="On-time rate by month"
            summary={f.byMonth.map((m) => `${monthLabel(m.month)} ${m.onTime.rate === null ? 'none settled' : percentText(m.onTime.rate)}`).join(', ') + '.'}
            ticks={PERCENT_TICKS.map((t) => ({ share: t, label: `${t * 100}%` }))}
            bars={f.byMonth.map((m, i) => ({
              tick: monthTick(m.month, i),
              description: `${monthLabel(m.month)}: ${m.onTime.rate === null ? 'no request settled' : `${percentText(m.onTime.rate)} on time`}`,
              share: m.onTime.rate
            }))}
          />
        </div>
        <table className="report-table" aria-label="Requests and on-time rate by month">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">Requests</th>
              <th scope="col" className="num">On time</th>
              <th scope="col" className="num">Late</th>
              <th scope="col" className="num">On-time rate</th>
            </tr>
          </thead>
          <tbody>
            {f.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td className="num">{n(m.requests)}</td>
                <td className="num">{n(m.onTime.met)}</td>
                <td className="num">{n(m.onTime.late)}</td>
                <td className="num">{percentText(m.onTime.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <div className="report-columns">
        <Card id="report-rights" title="Requests by right">
          <CountTable caption="Requests by right" head="Right" rows={f.byRight} />
        </Card>
        <Card id="report-channels" title="Requests by channel">
          <CountTable caption="Requests by channel" head="Channel" rows={f.byChannel} />
        </Card>
        <Card id="report-outcomes" title="Outcomes">
          <CountTable
            caption="Outcomes of the requests"
            head="Outcome"
            rows={[
              { label: 'Complied with in whole', count: f.outcomes.fulfilled },
              { label: 'Complied with in part', count: f.outcomes.partlyFulfilled },
              { label: 'Refused', count: f.outcomes.refused },
              { label: 'Withdrawn', count: f.outcomes.withdrawn },
              { label: 'Still open', count: f.outcomes.open }
            ]}
          />
        </Card>
        <Card id="report-reasons" title="Refusal reasons">
          {f.refusalReasons.length === 0 ? <p className="none">No request was refused.</p> : <CountTable caption="Refusal reasons" head="Reason" rows={f.refusalReasons} />}
        </Card>
      </div>

      <Card id="report-escalations" title="Complaints and escalations">
        <p>
          {n(f.complaints)} complaint{f.complaints === 1 ? '' : 's'} received; {n(f.escalations.total)} escalation{f.escalations.total === 1 ? '' : 's'} to an outside body.
        </p>
        {f.escalations.byBody.length > 0 && (
          <div className="report-columns">
            <table className="report-table" aria-label="Escalations by body">
              <thead>
                <tr>
                  <th scope="col">Body</th>
                  <th scope="col" className="num">Escalations</th>
                  <th scope="col" className="num">Decided</th>
                  <th scope="col" className="num">Pending</th>
                </tr>
              </thead>
              <tbody>
                {f.escalations.byBody.map((b) => (
                  <tr key={b.body}>
                    <th scope="row">{b.body}</th>
                    <td className="num">{n(b.total)}</td>
                    <td className="num">{n(b.decided)}</td>
                    <td className="num">{n(b.pending)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <CountTable caption="Escalations by outcome" head="Outcome" rows={f.escalations.byOutcome} />
          </div>
        )}
      </Card>

      <Card id="report-ccpa" title="CCPA requests (11 CCR §7102)">
        <table className="report-table" aria-label="CCPA requests by type">
          <thead>
            <tr>
              <th scope="col">Request type</th>
              <th scope="col" className="num">Received</th>
              <th scope="col" className="num">Complied with in whole</th>
              <th scope="col" className="num">Complied with in part</th>
              <th scope="col" className="num">Denied</th>
              <th scope="col" className="num">Withdrawn</th>
              <th scope="col" className="num">Open</th>
              <th scope="col" className="num">Median days</th>
              <th scope="col" className="num">Mean days</th>
            </tr>
          </thead>
          <tbody>
            {f.ccpa.map((r) => (
              <tr key={r.type}>
                <th scope="row">{r.type}</th>
                <td className="num">{n(r.received)}</td>
                <td className="num">{n(r.compliedInWhole)}</td>
                <td className="num">{n(r.compliedInPart)}</td>
                <td className="num">{n(r.denied)}</td>
                <td className="num">{n(r.withdrawn)}</td>
                <td className="num">{n(r.open)}</td>
                <td className="num">{daysText(r.days.median)}</td>
                <td className="num">{daysText(r.days.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card id="report-definitions" title="What the figures count">
        <dl className="report-definitions">
          {f.definitions.map((d) => (
            <div key={d.term}>
              <dt>{d.term}</dt>
              <dd>{d.meaning}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  )
}
