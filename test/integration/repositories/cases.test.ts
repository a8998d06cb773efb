import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { caseAttachments, caseHistory, createCase, updateCaseFacts } from '../../../renderer/repositories/cases'
import { listCases } from '../../../renderer/repositories/case-list'
import { emptyRequestForm, requestFormSchema, type RequestFormInput } from '../../../src/domain/request-form'

let db: CasebookDb
let n = 0
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }

function form(overrides: Partial<RequestFormInput> = {}) {
  const base = emptyRequestForm(today)
  return requestFormSchema(today).parse({
    ...base,
    requester: { ...base.requester, name: 'Agnieszka Wąsowska', email: 'a.wasowska@example.pl' },
    rights: ['access'],
    ...overrides
  })
}

beforeEach(async () => {
  db = openCasebookDb(`cases-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('createCase', () => {
  it('gives sequential references per year and records a history entry', async () => {
    const a = await createCase(db, form(), actor)
    const b = await createCase(db, form(), actor)
    expect(a.reference).toBe('PR-2026-0001')
    expect(b.reference).toBe('PR-2026-0002')
    const history = await caseHistory(db, a.id!)
    expect(history).toHaveLength(1)
    expect(history[0]!.author).toBe('Priya Shah')
    expect(history[0]!.changes).toContainEqual({ field: 'requester.name', label: 'Name', from: '', to: 'Agnieszka Wąsowska' })
  })

  it('never gives the same reference twice when saves race', async () => {
    const cases = await Promise.all(Array.from({ length: 20 }, () => createCase(db, form(), actor)))
    const refs = cases.map((c) => c.reference)
    expect(new Set(refs).size).toBe(20)
    expect(refs.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `PR-2026-${String(i + 1).padStart(4, '0')}`))
  })

  it('never reuses a reference after a case is deleted', async () => {
    const a = await createCase(db, form(), actor)
    await db.cases.delete(a.id!)
    const b = await createCase(db, form(), actor)
    expect(b.reference).toBe('PR-2026-0002')
  })

  it('starts a new sequence in a new year, taking the year in the office time zone', async () => {
    await createCase(db, form(), actor)
    // 23:30 UTC on 31 Dec is already 1 Jan in Tokyo.
    const c = await createCase(db, form(), { ...actor, now: new Date('2026-12-31T23:30:00Z'), timeZone: 'Asia/Tokyo' })
    expect(c.reference).toBe('PR-2027-0001')
  })

  it('keeps attachments with the case in the same transaction', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const c = await createCase(db, form(), actor, [{ role: 'original-email', name: 'request.eml', mimeType: 'message/rfc822', bytes }])
    const files = await caseAttachments(db, c.id!)
    expect(files).toHaveLength(1)
    expect(files[0]!.size).toBe(3)
    expect(Array.from(files[0]!.bytes)).toEqual([1, 2, 3])
  })

  it('leaves nothing behind when the transaction fails part-way', async () => {
    const bad = { role: 'original-email', name: 'x', mimeType: 'x', bytes: undefined } as never
    await expect(createCase(db, form(), actor, [bad])).rejects.toThrow()
    expect(await db.cases.count()).toBe(0)
    expect(await db.events.count()).toBe(0)
    expect(await db.counters.count()).toBe(0)
  })
})

describe('updateCaseFacts', () => {
  it('records each changed field old → new, with the author', async () => {
    const c = await createCase(db, form(), actor)
    const later = { ...actor, author: 'Tom Reed', now: new Date('2026-12-01T11:00:00Z') }
    await updateCaseFacts(db, c.id!, form({ requester: { name: 'Agnieszka Wąsowska-Ørsted', email: 'a.wasowska@example.pl', postalAddress: '', phone: '' } }), later)
    const history = await caseHistory(db, c.id!)
    expect(history.map((h) => h.action)).toEqual(['Case logged', 'Case details edited'])
    expect(history[1]!.author).toBe('Tom Reed')
    expect(history[1]!.changes).toEqual([
      { field: 'requester.name', label: 'Name', from: 'Agnieszka Wąsowska', to: 'Agnieszka Wąsowska-Ørsted' }
    ])
    const stored = await db.cases.get(c.id!)
    expect(stored!.searchTokens).toContain('ørsted')
  })

  it('moves the case in the search index: found by its new name and date, no longer by the old name', async () => {
    const c = await createCase(db, form(), actor)
    await updateCaseFacts(db, c.id!, form({ received: '2026-11-02', requester: { name: 'Zofia Ørsted', email: '', postalAddress: '1 High St', phone: '' } }), actor)
    // fewCases 0: through the search heads index, which must have followed the edit.
    const search = (term: string) => listCases(db, { sort: 'received-desc', search: term }, undefined, 100, 0)
    expect((await search('ørsted')).rows.map((r) => r.id)).toEqual([c.id])
    expect((await search('wąsowska')).rows).toEqual([])
    expect((await db.cases.get(c.id!))!.searchHeads).toContainEqual(['received', 'ørs', '2026-11-02'])
  })

  it('refuses to change the rights of a closed case, whose outcomes were given for the rights it had', async () => {
    const c = await createCase(db, form({ rights: ['access', 'erasure'] }), actor)
    await db.cases.update(c.id!, { status: 'closed', outcome: 'partly-fulfilled', rightOutcomes: { access: 'fulfilled', erasure: 'refused' } })
    await expect(updateCaseFacts(db, c.id!, form({ rights: ['access'] }), actor)).rejects.toThrow(/Reopen it before changing the rights/)
    expect((await db.cases.get(c.id!))!.rights).toEqual(['access', 'erasure'])
    // Other details of a closed case may still be corrected.
    await updateCaseFacts(db, c.id!, form({ rights: ['erasure', 'access'], summary: 'Corrected summary' }), actor)
    expect((await db.cases.get(c.id!))!.summary).toBe('Corrected summary')
  })

  it('writes no history entry when nothing changed', async () => {
    const c = await createCase(db, form(), actor)
    await updateCaseFacts(db, c.id!, form(), actor)
    expect(await caseHistory(db, c.id!)).toHaveLength(1)
  })
})
