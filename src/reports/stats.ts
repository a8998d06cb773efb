import type { DayStats, OnTime } from './figures-schema'

/** The mean and median of a list of day counts, to one decimal place; null for an empty list. */
export function dayStats(values: readonly number[]): DayStats {
  if (values.length === 0) return { count: 0, mean: null, median: null }
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length
  return { count: sorted.length, mean: round1(mean), median: round1(median) }
}

export function onTimeOf(met: number, late: number): OnTime {
  return { met, late, rate: met + late === 0 ? null : met / (met + late) }
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** "87.5%", or "–" when there is nothing to rate. */
export function percentText(rate: number | null): string {
  return rate === null ? '–' : `${(Math.round(rate * 1000) / 10).toLocaleString('en-GB')}%`
}

export function daysText(days: number | null): string {
  return days === null ? '–' : days.toLocaleString('en-GB', { maximumFractionDigits: 1 })
}
