import { useId } from 'react'

export interface Bar {
  /** Under the bar. */
  tick: string
  /** Read out and shown on hover: "Mar 2026: 12 requests". */
  description: string
  /** From 0 to 1 of the axis; null draws no bar (nothing to rate). */
  share: number | null
}

const WIDTH = 720
const HEIGHT = 220
const LEFT = 44
const BOTTOM = 28
const TOP = 10

/**
 * A plain bar chart in SVG. It is one image to assistive technology, named by
 * its title and described by `summary`; the table beside it gives every value.
 */
export function BarChart({ title, summary, bars, ticks }: { title: string; summary: string; bars: Bar[]; ticks: { share: number; label: string }[] }) {
  const id = useId()
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = (WIDTH - LEFT - 8) / Math.max(1, bars.length)
  const barWidth = Math.min(40, slot * 0.7)
  const every = Math.ceil(bars.length / 18)
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => {
          const y = TOP + plotHeight * (1 - t.share)
          return (
            <g key={t.label} aria-hidden="true">
              <line x1={LEFT} x2={WIDTH - 4} y1={y} y2={y} className="grid" />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" className="axis-label">
                {t.label}
              </text>
            </g>
          )
        })}
        {bars.map((bar, i) => {
          const x = LEFT + slot * i + (slot - barWidth) / 2
          const h = bar.share === null ? 0 : Math.max(1, plotHeight * Math.min(1, bar.share))
          return (
            <g key={i} aria-hidden="true">
              {bar.share !== null && bar.share > 0 && (
                <rect x={x} y={TOP + plotHeight - h} width={barWidth} height={h} className="bar">
                  <title>{bar.description}</title>
                </rect>
              )}
              {i % every === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle" className="axis-label">
                  {bar.tick}
                </text>
              )}
            </g>
          )
        })}
        <line x1={LEFT} x2={WIDTH - 4} y1={TOP + plotHeight} y2={TOP + plotHeight} className="baseline" aria-hidden="true" />
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  )
}
