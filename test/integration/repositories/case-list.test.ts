import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { cmp } from 'dexie'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { createCase } from '../../../renderer/repositories/cases'
import { listCases, SORTS, type CaseListQuery, type CaseSort } from '../../../renderer/repositories/case-list'
import { STATUSES } from '../../../src/domain/status'
import type { Case } from '../../../src/domain/case'
import { emptyRequestForm, requestFormSchema } from '../../../src/domain/request-form'
import type { Right } from '../../../src/domain/rights'

let db: CasebookDb
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }
const names = ['Agnieszka Wąsowska', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов', 'John Smith', 'Zoë Adams']

beforeAll(async () => {
  db = openCasebookDb('case-list-test')
  for (let i = 0; i < 250; i++) {
    const base = emptyRequestForm(today)
    const name = names[i % names.length]!
    const rights: Right[] = i % 3 === 0 ? ['erasure'] : ['access']
    await createCase(
      db,
      requestFormSchema(today).parse({
        ...base,
        channel: i % 2 === 0 ? 'post' : 'email',
        received: `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
        requester: { ...base.requester, name: `${name} ${i}`, email: `person${i}@example.com` },
        rights
      }),
      actor
    )
  }
  // Statuses and escalations vary, so their indexes have something to choose between.
  await db.cases.toCollection().modify((c) => {
    const id = c.id!
    c.status = STATUSES[id % STATUSES.length]!
    if (id % 7 === 0) {
      c.escalationBodies = [id % 2 === 0 ? 'aaa' : 'ico']
      c.escalationOutcomes = id % 4 === 0 ? ['pending'] : ['upheld']
    }
  })
})
afterAll(async () => {
  db.close()
  await db.delete()
})

async function all(query: CaseListQuery) {
  const rows = []
  let page = await listCases(db, query, undefined, 40)
  rows.push(...page.rows)
  while (page.next !== undefined) {
    page = await listCases(db, query, page.next, 40)
    rows.push(...page.rows)
  }
  return rows
}

describe('listCases', () => {
  it('pages through every case exactly once, newest received first', async () => {
    const rows = await all({ sort: 'received-desc' })
    expect(rows).toHaveLength(250)
    expect(new Set(rows.map((r) => r.id)).size).toBe(250)
    const received = rows.map((r) => r.received)
    expect(received).toEqual([...received].sort().reverse())
  })

  it('sorts by requester name and by reference', async () => {
    const byName = await all({ sort: 'name-asc' })
    const keys = byName.map((r) => r.nameKey)
    expect(keys).toEqual([...keys].sort())
    const byRef = await all({ sort: 'reference-asc' })
    expect(byRef[0]!.reference).toBe('PR-2026-0001')
    expect(byRef[249]!.reference).toBe('PR-2026-0250')
  })

  it('filters by right and channel together', async () => {
    const rows = await all({ sort: 'received-desc', right: 'erasure', channel: 'post' })
    expect(rows.length).toBe(Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 3 === 0 && i % 2 === 0).length)
    expect(rows.every((r) => r.rights.includes('erasure') && r.channel === 'post')).toBe(true)
  })

  it('searches by part of a name in any script, by email and by reference', async () => {
    const greek = await all({ sort: 'received-desc', search: 'παπαδο' })
    expect(greek).toHaveLength(50)
    const accentless = await all({ sort: 'received-desc', search: 'wasowska 12' })
    expect(accentless.map((r) => r.requester.name)).toEqual(expect.arrayContaining(['Agnieszka Wąsowska 120']))
    expect(accentless.every((r) => r.requester.name.startsWith('Agnieszka'))).toBe(true)
    const byEmail = await all({ sort: 'received-desc', search: 'person42@example.com' })
    expect(byEmail.map((r) => r.requester.email)).toEqual(['person42@example.com'])
    const byRef = await all({ sort: 'received-desc', search: 'PR-2026-0007' })
    expect(byRef.map((r) => r.reference)).toEqual(['PR-2026-0007'])
  })

  it('pages search results without repeats', async () => {
    const rows = await all({ sort: 'name-asc', search: 'example' })
    expect(rows).toHaveLength(250)
    expect(new Set(rows.map((r) => r.id)).size).toBe(250)
  })

  it('pages a long search in sort order, past the point where matches are read in bulk', async () => {
    const rows = await all({ sort: 'received-desc', search: 'person' })
    expect(rows).toHaveLength(250)
    const keys = rows.map((r) => [r.received, r.id!])
    expect(keys).toEqual([...keys].sort((a, b) => cmp(b, a)))
  })

  it('reads each filter alone through its own facet of the index, in every order, as a plain scan would', async () => {
    const everyCase = await db.cases.toArray()
    const filters: Omit<CaseListQuery, 'sort'>[] = [
      { right: 'erasure' },
      { channel: 'post' },
      { regime: 'UK-GDPR' },
      { kind: 'request' },
      { status: 'open' },
      { status: 'closed' },
      { status: 'extended', search: 'zo' }
    ]
    for (const filter of filters) {
      for (const sort of ['received-desc', 'received-asc', 'name-asc', 'name-desc'] as const) {
        const q = { ...filter, sort }
        const paged: number[] = []
        let page = await listCases(db, q, undefined, 30, 0)
        paged.push(...page.rows.map((r) => r.id!))
        while (page.next !== undefined) {
          page = await listCases(db, q, page.next, 30, 0)
          paged.push(...page.rows.map((r) => r.id!))
        }
        const expected = plainScan(everyCase, q).map((c) => c.id!)
        expect(expected.length, JSON.stringify(q)).toBeGreaterThan(0)
        expect(paged, JSON.stringify(q)).toEqual(expected)
      }
    }
  })

  it('gives, for any query and page size, what a plain scan of every case gives', async () => {
    const everyCase = await db.cases.toArray()
    const terms = ['παπαδο', 'example', 'smith', 'john smith', 'person1', 'zoe', 'wąs', 'pr-2026-00', 'nobody']
    const query = fc.record(
      {
        sort: fc.constantFrom(...(Object.keys(SORTS) as CaseSort[])),
        search: fc.constantFrom(...terms),
        status: fc.constantFrom('open' as const, 'closed' as const, 'received' as const, 'extended' as const),
        right: fc.constantFrom('erasure' as const, 'access' as const),
        channel: fc.constantFrom('post' as const, 'email' as const),
        escalatedTo: fc.constantFrom('any', 'aaa', 'ico'),
        escalationOutcome: fc.constantFrom('pending', 'upheld')
      },
      { requiredKeys: ['sort'] }
    )
    await fc.assert(
      // fewCases decides how the list reads (all candidates, the search heads index, or the sort index): all must agree.
      fc.asyncProperty(query, fc.integer({ min: 1, max: 120 }), fc.constantFrom(0, 5, 60, 200), async (q, pageSize, fewCases) => {
        const paged: number[] = []
        let page = await listCases(db, q, undefined, pageSize, fewCases)
        paged.push(...page.rows.map((r) => r.id!))
        while (page.next !== undefined) {
          expect(page.rows.length).toBe(pageSize)
          page = await listCases(db, q, page.next, pageSize, fewCases)
          paged.push(...page.rows.map((r) => r.id!))
        }
        expect(paged).toEqual(plainScan(everyCase, q).map((c) => c.id!))
      }),
      { numRuns: 200 }
    )
  })
})

/** The list's meaning, written without indexes: filter every case, then sort. */
function plainScan(cases: Case[], q: CaseListQuery): Case[] {
  const words = (q.search ?? '').toLocaleLowerCase().split(/\s+/u).filter(Boolean)
  const key = (c: Case) => (q.sort.startsWith('received') ? [c.received, c.id!] : q.sort.startsWith('name') ? [c.nameKey, c.id!] : c.id!)
  return cases
    .filter(
      (c) =>
        words.every((w) => c.searchTokens.some((t) => t.startsWith(w))) &&
        (q.status === undefined || (q.status === 'open' ? c.status !== 'closed' : c.status === q.status)) &&
        (q.right === undefined || c.rights.includes(q.right)) &&
        (q.channel === undefined || c.channel === q.channel) &&
        (q.escalatedTo === undefined || (q.escalatedTo === 'any' ? (c.escalationBodies ?? []).length > 0 : (c.escalationBodies ?? []).includes(q.escalatedTo))) &&
        (q.escalationOutcome === undefined || (c.escalationOutcomes ?? []).includes(q.escalationOutcome))
    )
    .sort((a, b) => (q.sort.endsWith('desc') ? -1 : 1) * cmp(key(a), key(b)))
}
