/*
 * The office's figures for a period, worked out one case at a time so that
 * a large office can be read in chunks. Each figure follows its definition in
 * definitions.ts, which the report prints.
 */
import type { Case } from '../domain/case'
import { CHANNELS, CHANNEL_LABELS } from '../domain/channels'
import type { IsoDate } from '../domain/dates'
import { RIGHTS, RIGHT_LABELS, type Right } from '../domain/rights'
import { outcomeOfRight, overallOutcome } from '../domain/right-outcomes'
import { daysBetween } from '../deadlines/calendar-date'
import { deadlineCells } from '../export/case-log-row'
import { ESCALATION_OUTCOMES, ESCALATION_OUTCOME_LABELS } from '../escalations/types'
import { CCPA_REQUEST_TYPES, ccpaTypesOf } from './ccpa'
import { REPORT_DEFINITIONS } from './definitions'
import { REPORT_MONTH_LIMIT, REPORT_TABLE_LIMIT, type CountRow, type EscalationBodyRow, type ReportFigures } from './figures-schema'
import { dayStats, onTimeOf } from './stats'

/** Cases received from `from` to `to`, both days included. */
export interface ReportPeriod {
  from: IsoDate
  to: IsoDate
}

export interface ReportTally {
  /** Counts one case; a case received outside the period is ignored. */
  add(c: Case): void
  /** The figures of every case added so far, "open" and "overdue" as of `asOf`. */
  figures(asOf: IsoDate): ReportFigures
}

/**
 * The deadline a request's timeliness is judged by: the statutory response,
 * or for a request that only opts out (CCPA), the opt-out deadline.
 */
export function substantiveDeadlineKey(c: Case): string | undefined {
  return ['respond', 'opt-out', 'marketing-opt-out'].find((key) => c.deadlines.some((d) => d.key === key))
}

/** The day the substantive response went out: the deadline's day met, else the day responded or closed. */
function responseDay(c: Case, key: string | undefined): string | undefined {
  if (key) return deadlineCells(c, key).doneOn || undefined
  const settled = c.status === 'closed' || c.status === 'responded'
  return c.clock.met.respond ?? (settled ? c.closedOn : undefined)
}

interface Timeliness {
  /** 'yes' met on time, 'no' late, 'open' not yet met, '' not rated (no deadline, or withdrawn). */
  onTime: 'yes' | 'no' | 'open' | ''
  due?: string
  days?: number
}

function timeliness(c: Case): Timeliness {
  if (c.outcome === 'withdrawn' && c.status === 'closed') return { onTime: '' }
  const key = substantiveDeadlineKey(c)
  const done = responseDay(c, key)
  const days = done ? daysBetween(c.received, done) : undefined
  if (!key) return { onTime: '', days }
  const cells = deadlineCells(c, key)
  return { onTime: cells.onTime, due: cells.due, days }
}

const monthOf = (date: string) => date.slice(0, 7)

/** Every month from the period's first to its last, so that a month with no request shows as a zero. */
function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = []
  let [y, m] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))]
  const last = monthOf(period.to)
  while (months.length < REPORT_MONTH_LIMIT) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
    if (month > last) break
    months.push(month)
    ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
  }
  return months
}

/** Reasons read the same when they differ only in case and spacing. */
const reasonKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

/** The largest rows first; past the limit, the rest folded into one row named `rest`. */
function topRows(counts: Map<string, { label: string; count: number }>, rest: (n: number) => string): CountRow[] {
  const rows = [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  if (rows.length <= REPORT_TABLE_LIMIT) return rows
  const folded = rows.slice(REPORT_TABLE_LIMIT)
  return [...rows.slice(0, REPORT_TABLE_LIMIT), { label: rest(folded.length), count: folded.reduce((n, r) => n + r.count, 0) }]
}

const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text)

export function createReportTally(period: ReportPeriod): ReportTally {
  let requests = 0
  let complaints = 0
  const byRight = new Map(RIGHTS.map((r) => [r, 0]))
  const byChannel = new Map(CHANNELS.map((ch) => [ch as string, 0]))
  const outcomes = { fulfilled: 0, partlyFulfilled: 0, refused: 0, withdrawn: 0, open: 0 }
  const reasons = new Map<string, { label: string; count: number }>()
  let met = 0
  let late = 0
  const open: { due: string }[] = []
  const days: number[] = []
  let extensions = 0
  const pauses = { requests: 0, periods: 0 }
  const bodies = new Map<string, EscalationBodyRow>()
  const escalationOutcomes = new Map<string, number>([...ESCALATION_OUTCOMES, 'pending'].map((o) => [o, 0]))
  let escalations = 0
  const months = new Map(monthsOf(period).map((m) => [m, { requests: 0, met: 0, late: 0 }]))
  const ccpa = CCPA_REQUEST_TYPES.map(() => ({ received: 0, whole: 0, part: 0, denied: 0, withdrawn: 0, open: 0, days: [] as number[] }))

  function countEscalations(c: Case): void {
    for (const e of c.escalations ?? []) {
      escalations++
      const row = bodies.get(e.body.id) ?? { body: clip(e.body.name || e.body.id), total: 0, pending: 0, decided: 0 }
      row.total++
      if (e.outcome) row.decided++
      else row.pending++
      bodies.set(e.body.id, row)
      const outcome = e.outcome ?? 'pending'
      escalationOutcomes.set(outcome, (escalationOutcomes.get(outcome) ?? 0) + 1)
    }
  }

  function countRequest(c: Case): void {
    requests++
    for (const r of new Set(c.rights)) byRight.set(r, (byRight.get(r) ?? 0) + 1)
    byChannel.set(c.channel, (byChannel.get(c.channel) ?? 0) + 1)
    const closed = c.status === 'closed' && c.outcome !== undefined
    if (!closed) outcomes.open++
    else if (c.outcome === 'fulfilled') outcomes.fulfilled++
    else if (c.outcome === 'partly-fulfilled') outcomes.partlyFulfilled++
    else if (c.outcome === 'refused') outcomes.refused++
    else outcomes.withdrawn++
    const reason = c.refusalReason?.trim()
    if (closed && (c.outcome === 'refused' || (c.outcome === 'partly-fulfilled' && reason))) {
      const key = reason ? reasonKey(reason) : ''
      const entry = reasons.get(key) ?? { label: reason ? clip(reason.replace(/\s+/g, ' ')) : '(no reason recorded)', count: 0 }
      entry.count++
      reasons.set(key, entry)
    }
    const t = timeliness(c)
    const month = months.get(monthOf(c.received))
    if (month) month.requests++
    if (t.onTime === 'yes') met++
    if (t.onTime === 'no') late++
    if (month && t.onTime === 'yes') month.met++
    if (month && t.onTime === 'no') month.late++
    if (t.onTime === 'open' && t.due) open.push({ due: t.due })
    const counted = t.days !== undefined && !(c.outcome === 'withdrawn' && c.status === 'closed')
    if (counted) days.push(t.days!)
    if (c.clock.extension) extensions++
    if (c.clock.clarifications.length > 0) {
      pauses.requests++
      pauses.periods += c.clock.clarifications.length
    }
    if (c.regime === 'CCPA') {
      for (const i of ccpaTypesOf(c.rights)) {
        const row = ccpa[i]!
        row.received++
        // A request to know and to delete, with access given and deletion refused, is complied with under one type and denied under the other.
        const asked = (CCPA_REQUEST_TYPES[i]!.rights as readonly Right[]).filter((r) => c.rights.includes(r))
        const outcome = overallOutcome(asked.flatMap((r) => outcomeOfRight(c, r) ?? []))
        if (!closed) row.open++
        else if (outcome === 'fulfilled') row.whole++
        else if (outcome === 'partly-fulfilled') row.part++
        else if (outcome === 'refused') row.denied++
        else row.withdrawn++
        if (counted && outcome !== 'withdrawn') row.days.push(t.days!)
      }
    }
  }

  return {
    add(c) {
      if (c.received < period.from || c.received > period.to) return
      if (c.kind === 'complaint') complaints++
      else countRequest(c)
      countEscalations(c)
    },
    figures(asOf) {
      return {
        period: { ...period },
        asOf,
        requests,
        complaints,
        byRight: RIGHTS.map((r) => ({ label: RIGHT_LABELS[r], count: byRight.get(r) ?? 0 })),
        byChannel: [...byChannel].map(([ch, count]) => ({ label: CHANNEL_LABELS[ch as keyof typeof CHANNEL_LABELS] ?? ch, count })),
        outcomes: { ...outcomes },
        refusalReasons: topRows(reasons, (n) => `${n} other reasons`),
        onTime: onTimeOf(met, late),
        openOverdue: open.filter((o) => o.due < asOf).length,
        daysToResponse: dayStats(days),
        extensions,
        pauses: { ...pauses },
        escalations: {
          total: escalations,
          byBody: foldBodies([...bodies.values()]),
          byOutcome: [...escalationOutcomes].map(([o, count]) => ({
            label: o === 'pending' ? 'Pending (no outcome yet)' : ESCALATION_OUTCOME_LABELS[o as keyof typeof ESCALATION_OUTCOME_LABELS],
            count
          }))
        },
        byMonth: [...months].map(([month, m]) => ({ month, requests: m.requests, onTime: onTimeOf(m.met, m.late) })),
        ccpa: CCPA_REQUEST_TYPES.map((t, i) => {
          const row = ccpa[i]!
          return {
            type: t.type,
            received: row.received,
            compliedInWhole: row.whole,
            compliedInPart: row.part,
            denied: row.denied,
            withdrawn: row.withdrawn,
            open: row.open,
            days: dayStats(row.days)
          }
        }),
        definitions: REPORT_DEFINITIONS.map((d) => ({ ...d }))
      }
    }
  }
}

function foldBodies(rows: EscalationBodyRow[]): EscalationBodyRow[] {
  rows.sort((a, b) => b.total - a.total || a.body.localeCompare(b.body))
  if (rows.length <= REPORT_TABLE_LIMIT) return rows
  const rest = rows.slice(REPORT_TABLE_LIMIT)
  const sum = (k: 'total' | 'pending' | 'decided') => rest.reduce((n, r) => n + r[k], 0)
  return [...rows.slice(0, REPORT_TABLE_LIMIT), { body: `${rest.length} other bodies`, total: sum('total'), pending: sum('pending'), decided: sum('decided') }]
}

/** The figures of a list of cases, in one go (tests, small offices). */
export function reportFigures(cases: Iterable<Case>, period: ReportPeriod, asOf: IsoDate): ReportFigures {
  const tally = createReportTally(period)
  for (const c of cases) tally.add(c)
  return tally.figures(asOf)
}

/** privacy-report-2026-01-01-to-2026-12-01.pdf */
export function reportFileName(period: ReportPeriod): string {
  return `privacy-report-${period.from}-to-${period.to}.pdf`
}
