/** A round top for a bar chart's axis and its gridlines: 0, 5, 10… up to at least the largest value. */
export function countAxis(largest: number): { max: number; ticks: number[] } {
  if (largest <= 0) return { max: 1, ticks: [0, 1] }
  const rough = largest / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!
  const stepWhole = Math.max(1, Math.round(step))
  const max = Math.ceil(largest / stepWhole) * stepWhole
  const ticks: number[] = []
  for (let t = 0; t <= max; t += stepWhole) ticks.push(t)
  return { max, ticks }
}

/** The on-time axis: 0 to 100 %. */
export const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1]

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Mar 2026" for 2026-03. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`
}

/** "Mar" alone, or "Jan 26" where the year turns: the short label under a bar. */
export function monthTick(month: string, index: number): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month
  return index === 0 || month.endsWith('-01') ? `${name} ${month.slice(2, 4)}` : name
}
