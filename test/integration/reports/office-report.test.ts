import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { officeReport, type ReportProgress } from '../../../renderer/repositories/report'
import { reportFigures } from '../../../src/reports/tally'
import { AS_OF, KNOWN_CASES, PERIOD } from '../../unit/reports/known-cases'

let db: CasebookDb

beforeAll(async () => {
  db = openCasebookDb('office-report-test')
  // The known office many times over, so that the period spans several chunks.
  const copies = Array.from({ length: 40 }, (_, k) => KNOWN_CASES.map(({ id: _id, ...c }) => ({ ...c, reference: `${c.reference}-${k}` })))
  await db.cases.bulkAdd(copies.flat())
})
afterAll(async () => {
  db.close()
  await db.delete()
})

describe('officeReport', () => {
  it('reads the period in chunks through the received index, yielding between them, and gives the figures of one pass', async () => {
    const progress: ReportProgress[] = []
    let pauses = 0
    const figures = await officeReport(db, PERIOD, AS_OF, {
      chunkSize: 50,
      onProgress: (p) => progress.push(p),
      pause: async () => {
        pauses++
      }
    })
    const all = await db.cases.toArray()
    expect(figures).toEqual(reportFigures(all, PERIOD, AS_OF))
    expect(figures.requests).toBe(8 * 40)
    // 9 cases of each copy fall in the period: 360 cases, 8 chunks of 50 (the last one short).
    expect(progress[0]).toEqual({ read: 0, total: 360 })
    expect(progress.at(-1)).toEqual({ read: 360, total: 360 })
    expect(progress.length).toBe(1 + 8)
    expect(pauses).toBe(7)
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    const run = officeReport(db, PERIOD, AS_OF, { chunkSize: 50, pause: async () => controller.abort(), signal: controller.signal })
    await expect(run).rejects.toThrow()
  })
})
