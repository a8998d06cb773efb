import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { benchBrowser } from './browser'
import { benchLetters } from './letters'
import type { BenchResult } from './stats'

/**
 * npm run bench [-- --json FILE] [--runs N] [--cases N] [--only letters|browser|queries]
 * Every figure is the median of several runs; where there is a baseline it is
 * measured in the same run, alternately with the app, and reported as a ratio.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    runs: { type: 'string', default: '5' },
    cases: { type: 'string', default: '50000' },
    only: { type: 'string' }
  }
})
const runs = Number(values.runs)
const cases = Number(values.cases)
const results: BenchResult[] = []
if (values.only !== 'browser' && values.only !== 'queries') results.push(await benchLetters(Math.max(3, Math.ceil(runs / 2))))
if (values.only !== 'letters') results.push(...(await benchBrowser(runs, cases, values.only === 'queries')))

console.log('\nname'.padEnd(32) + 'value'.padStart(12) + 'baseline'.padStart(12) + 'ratio'.padStart(8) + '  budget')
for (const r of results) {
  console.log(
    r.name.padEnd(31) +
      `${r.value} ${r.unit}`.padStart(12) +
      (r.baseline === null ? '—' : `${r.baseline} ${r.unit}`).padStart(12) +
      (r.ratio === null ? '—' : String(r.ratio)).padStart(8) +
      `  ${r.budget ?? ''}`
  )
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify(results.map(({ name, value, unit, baseline, ratio }) => ({ name, value, unit, baseline, ratio })), null, 2) + '\n')
  console.log(`\nWritten to ${values.json}.`)
}
