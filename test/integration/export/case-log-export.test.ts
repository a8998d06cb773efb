import 'fake-indexeddb/auto'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { createCase, recordCaseEvent } from '../../../renderer/repositories/cases'
import { exportCaseLog, type ExportProgress } from '../../../renderer/repositories/export'
import { CASE_LOG_HEADERS } from '../../../src/export/case-log-row'
import { emptyRequestForm, requestFormSchema } from '../../../src/domain/request-form'
import type { Case } from '../../../src/domain/case'
import type { Channel } from '../../../src/domain/channels'
import type { Right } from '../../../src/domain/rights'

let db: CasebookDb
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }
const CHANNELS: Channel[] = ['post', 'email', 'phone']
const HOSTILE = '=HYPERLINK("http://x","y")'

function receivedFor(i: number): string {
  return `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`
}

beforeAll(async () => {
  db = openCasebookDb('case-log-export-test')
  for (let i = 0; i < 60; i++) {
    const base = emptyRequestForm(today)
    const rights: Right[] = i % 3 === 0 ? ['erasure'] : ['access']
    const name = i === 5 ? HOSTILE : i === 6 ? '王小明, "Ming"' : `Person ${i}`
    await createCase(
      db,
      requestFormSchema(today).parse({
        ...base,
        channel: CHANNELS[i % 3],
        received: receivedFor(i),
        requester: { ...base.requester, name, email: `person${i}@example.com` },
        rights
      }),
      actor
    )
  }
  await recordCaseEvent(db, 2, { type: 'status-changed', to: 'closed', outcome: 'withdrawn' }, actor)
}, 30_000)
afterAll(async () => {
  db.close()
  await db.delete()
})

async function exported(...args: Parameters<typeof exportCaseLog> extends [unknown, ...infer R] ? R : never) {
  const file = await exportCaseLog(db, ...args)
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder().decode(file.bytes)
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const [header, ...rows] = parsed.data
  expect(header).toEqual(CASE_LOG_HEADERS)
  expect(rows).toHaveLength(file.count)
  const column = (name: string) => rows.map((r) => r[CASE_LOG_HEADERS.indexOf(name)]!)
  return { rows, column, file }
}

/** The expected rows, worked out from the whole table in the test, not through the list's query. */
async function expectedReferences(keep: (c: Case) => boolean, order: (a: Case, b: Case) => number) {
  const every = await db.cases.toArray()
  return every.filter(keep).sort(order).map((c) => c.reference)
}

const newestFirst = (a: Case, b: Case) => (a.received === b.received ? b.id! - a.id! : a.received < b.received ? 1 : -1)
const oldestFirst = (a: Case, b: Case) => -newestFirst(a, b)

describe('exporting the case log', () => {
  it('exports exactly the cases the filtered list shows, in its order', async () => {
    const { column } = await exported({ cases: 'list', query: { sort: 'received-desc', channel: 'email', right: 'access' } })
    const expected = await expectedReferences((c) => c.channel === 'email' && c.rights.includes('access'), newestFirst)
    expect(expected.length).toBeGreaterThan(5)
    expect(column('Reference')).toEqual(expected)
    expect(new Set(column('Channel'))).toEqual(new Set(['Email']))
  })

  it('exports a searched list, and the status filter "open"', async () => {
    const searched = await exported({ cases: 'list', query: { sort: 'name-asc', search: 'person4' } })
    expect(searched.column('Requester email').sort()).toEqual(
      ['person4@example.com', ...Array.from({ length: 10 }, (_, i) => `person4${i}@example.com`)].sort()
    )
    const open = await exported({ cases: 'list', query: { sort: 'reference-asc', status: 'open' } })
    expect(open.column('Reference')).toEqual(await expectedReferences((c) => c.status !== 'closed', (a, b) => a.id! - b.id!))
    expect(open.column('Reference')).not.toContain('PR-2026-0002')
  })

  it('limits the list or all cases to a received-date range, both ends included', async () => {
    const range = { from: '2026-03-04', to: '2026-06-10' }
    const within = (c: Case) => c.received >= range.from && c.received <= range.to
    const all = await exported({ cases: 'all' }, range)
    expect(all.column('Reference')).toEqual(await expectedReferences(within, oldestFirst))
    expect(all.column('Received').every((d) => d >= range.from && d <= range.to)).toBe(true)
    expect(all.column('Received')).toContain('2026-03-04')

    for (const sort of ['received-asc', 'received-desc', 'name-desc'] as const) {
      const listed = await exported({ cases: 'list', query: { sort, channel: 'post' } }, range)
      expect(listed.column('Reference').sort()).toEqual(await expectedReferences((c) => within(c) && c.channel === 'post', (a, b) => a.id! - b.id!))
    }
    const onlyFrom = await exported({ cases: 'all' }, { from: '2026-11-01' })
    expect(onlyFrom.column('Reference')).toEqual(await expectedReferences((c) => c.received >= '2026-11-01', oldestFirst))
  })

  it('neutralises a formula in a name and keeps it readable; quotes, commas and CJK survive', async () => {
    const { column } = await exported({ cases: 'all' })
    expect(column('Requester name')).toContain(`'${HOSTILE}`)
    expect(column('Requester name')).toContain('王小明, "Ming"')
    expect(column('Requester name').some((n) => n.startsWith('='))).toBe(false)
    const closed = column('Reference').indexOf('PR-2026-0002')
    expect(column('Status')[closed]).toBe('Closed')
    expect(column('Outcome')[closed]).toBe('Withdrawn')
    expect(column('Closed on')[closed]).toBe(today)
  })
})

describe('a large export', () => {
  beforeAll(async () => {
    const template = (await db.cases.get(1))!
    const clones: Case[] = Array.from({ length: 2500 }, (_, i) => {
      const { id: _id, ...rest } = template
      return { ...rest, reference: `PR-2025-${String(i + 1).padStart(4, '0')}`, received: receivedFor(i).replace('2026', '2025'), channel: CHANNELS[i % 3]! }
    })
    await db.cases.bulkAdd(clones)
  }, 30_000)

  it('reads in chunks, reports progress up to the total, and yields between chunks', async () => {
    const progress: ExportProgress[] = []
    let pauses = 0
    const file = await exportCaseLog(db, { cases: 'list', query: { sort: 'received-asc', channel: 'phone' } }, {}, {
      chunkSize: 300,
      onProgress: (p) => progress.push(p),
      pause: async () => {
        pauses++
      }
    })
    const total = await db.cases.count()
    expect(file.count).toBe(await db.cases.filter((c) => c.channel === 'phone').count())
    expect(progress.length).toBe(Math.ceil(file.count / 300) + (file.count % 300 === 0 ? 1 : 0))
    expect(pauses).toBe(progress.length)
    expect(progress.every((p) => p.total === total)).toBe(true)
    const scanned = progress.map((p) => p.scanned)
    expect(scanned).toEqual([...scanned].sort((a, b) => a - b))
    expect(scanned.at(-1)).toBe(total)
    expect(scanned[0]).toBeLessThan(total)
    expect(progress.at(-1)!.exported).toBe(file.count)

    const all: ExportProgress[] = []
    const everything = await exportCaseLog(db, { cases: 'all' }, {}, { chunkSize: 1000, onProgress: (p) => all.push(p), pause: async () => {} })
    expect(everything.count).toBe(total)
    expect(all.map((p) => p.scanned)).toEqual([1000, 2000, total])
    // Thousands of rows through fake-indexeddb: slow on a busy machine, and speed is not what this test checks.
  }, 30_000)

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const run = exportCaseLog(db, { cases: 'all' }, {}, {
      chunkSize: 500,
      signal: controller.signal,
      onProgress: () => controller.abort(),
      pause: async () => {}
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })
})
