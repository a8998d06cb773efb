import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startHarness } from '../harness/server'
import { buildBenchPage } from './build-page'
import { median, round, type BenchResult } from './stats'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const TODAY = '2026-12-01'

type Bench = Window['bench']
const call = <K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>) =>
  page.evaluate(([n, a]) => (window.bench[n as keyof Bench] as (...x: unknown[]) => unknown)(...(a as unknown[])), [name, args] as const) as Promise<Awaited<ReturnType<Bench[K]>>>

async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  await measure()
  const values: number[] = []
  for (let i = 0; i < runs; i++) values.push(await measure())
  return median(values)
}

/** The renderer's work, in real Chromium on the harness, over an office of `count` cases. */
export async function benchBrowser(runs: number, count: number, queriesOnly = false): Promise<BenchResult[]> {
  const benchDir = await buildBenchPage()
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'))
  const harness = await startHarness({ port: 0, dataDir: dir, extraRoots: { '/bench/': benchDir } })
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } })
  const results: BenchResult[] = []
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.type(), m.text().slice(0, 400)))
    await page.goto(`${harness.url}/bench/`)
    await page.waitForFunction(() => window.benchReady === true)
    await call(page, 'generate', count)

    await call(page, 'seed', 'Priya Shah')
    if (!queriesOnly) await importAndExport(page, runs, count, results)

    const due = await medianOf(runs, () => call(page, 'dueSoon', TODAY))
    results.push({ name: `due-soon-query-${count / 1000}k`, value: round(due), unit: 'ms', baseline: null, ratio: null, budget: '≤ 50 ms' })
    const first = await medianOf(runs, () => call(page, 'firstPage'))
    results.push({ name: `case-list-first-page-${count / 1000}k`, value: round(first), unit: 'ms', baseline: null, ratio: null, budget: '≤ 100 ms' })
    const searches = [
      ['case-search', 'murph', '≤ 100 ms'],
      ['case-search-rare', 'person4242', 'report it'],
      ['case-search-two-words', 'mohammed murph', 'report it'],
      ['case-search-by-name', 'murph', 'report it', 'name-asc'],
      ['case-search-by-reference', 'murph', 'report it', 'reference-desc']
    ] as const
    for (const [name, term, budget, sort] of searches) {
      const search = await medianOf(runs, () => call(page, 'search', term, sort))
      results.push({ name: `${name}-${count / 1000}k`, value: round(search), unit: 'ms', baseline: null, ratio: null, budget, note: `a search for "${term}"${sort ? `, sorted ${sort}` : ''}` })
    }
    const filtered = await medianOf(runs, () => call(page, 'filtered'))
    results.push({ name: `case-list-filtered-${count / 1000}k`, value: round(filtered), unit: 'ms', baseline: null, ratio: null, budget: 'report it', note: 'first page of the cases in progress, A to Z by requester' })
    await call(page, 'close')

    const readies: number[] = []
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank')
      const started = Date.now()
      await page.goto(`${harness.url}/#/cases`)
      await page.waitForSelector('html[data-app-state="ready"]', { timeout: 20_000 }).catch(async (error: unknown) => {
        await page.screenshot({ path: join(dir, '..', 'bench-not-ready.png') })
        throw error
      })
      readies.push(Date.now() - started)
    }
    results.push({ name: `app-ready-${count / 1000}k`, value: round(median(readies)), unit: 'ms', baseline: null, ratio: null, budget: 'report it', note: 'page load to the "app ready" signal' })

    await page.locator('.case-table tbody a.reference').first().waitFor()
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
    results.push({ name: `renderer-heap-${count / 1000}k`, value: round(heap.usedSize / 1024 / 1024), unit: 'MB', baseline: null, ratio: null, budget: 'report it', note: 'JS heap after opening the case list, after a garbage collection' })
  } finally {
    await context.close()
    await harness.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}

/** Restore against a raw put loop, and the CSV export against papaparse; both leave the office seeded. */
async function importAndExport(page: Page, runs: number, count: number, results: BenchResult[]): Promise<void> {
    await call(page, 'makeBackupFile')
    const imports: number[] = []
    const raws: number[] = []
    for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
      raws.push(await call(page, 'rawPut'))
      imports.push(await call(page, 'restore'))
    }
    const restore = median(imports)
    const raw = median(raws)
    results.push({ name: `import-${count / 1000}k-cases`, value: round(restore), unit: 'ms', baseline: round(raw), ratio: round(restore / raw, 2), budget: 'ratio ≤ 1.5', note: 'restore a backup of the cases with their history (checked in full, then written in one transaction) vs a raw IndexedDB put loop of the same records' })
    await call(page, 'seed', 'Priya Shah')

    const exports: number[] = []
    const unparses: number[] = []
    for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
      exports.push(await call(page, 'exportCsv'))
      unparses.push(await call(page, 'unparse'))
    }
    const csv = median(exports)
    const unparse = median(unparses)
    results.push({ name: `csv-export-${count / 1000}k`, value: round(csv), unit: 'ms', baseline: round(unparse), ratio: round(csv / unparse, 2), budget: 'ratio ≤ 2.0' })

}
