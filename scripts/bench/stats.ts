export interface BenchResult {
  name: string
  value: number
  unit: string
  baseline: number | null
  ratio: number | null
  budget?: string
  note?: string
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs `work` `runs` times (after one warm-up) and answers the median in milliseconds. */
export async function timeMedian(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return median(times)
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** The app and its baseline measured alternately in the same run, so that a noisy machine affects both alike. */
export async function versus(
  runs: number,
  app: () => Promise<unknown>,
  baseline: () => Promise<unknown>
): Promise<{ value: number; baseline: number }> {
  await app()
  await baseline()
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    await app()
    a.push(performance.now() - t)
    t = performance.now()
    await baseline()
    b.push(performance.now() - t)
  }
  return { value: median(a), baseline: median(b) }
}
