import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { createCase, recordCaseEvent, updateCaseFacts } from '../../../renderer/repositories/cases'
import { verifyHistory } from '../../../renderer/repositories/history'
import { emptyRequestForm, requestFormSchema } from '../../../src/domain/request-form'

let db: CasebookDb
let n = 0
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }
const form = (name: string) =>
  requestFormSchema(today).parse({
    ...emptyRequestForm(today),
    received: '2026-11-02',
    requester: { name, email: 'x@example.com', postalAddress: '', phone: '' },
    rights: ['access']
  })

/** Two cases, the second with four history entries. */
async function seed() {
  await createCase(db, form('First Person'), actor)
  const c = await createCase(db, form('Second Person'), actor)
  await updateCaseFacts(db, c.id!, form('Second Person-Smith'), actor)
  await recordCaseEvent(db, c.id!, { type: 'identity-requested', date: '2026-11-03' }, actor)
  await recordCaseEvent(db, c.id!, { type: 'identity-received', date: '2026-11-05' }, actor)
  const entries = await db.events.where('caseId').equals(c.id!).sortBy('id')
  return { c, entries }
}

beforeEach(async () => {
  db = openCasebookDb(`chain-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('the tamper-evident history', () => {
  it('verifies an untouched history', async () => {
    await seed()
    expect(await verifyHistory(db)).toEqual({ casesChecked: 2, entriesChecked: 5 })
  })

  it('names the entry whose content was edited', async () => {
    const { entries } = await seed()
    await db.events.update(entries[1]!.id!, { author: 'Someone Else' })
    const report = await verifyHistory(db)
    expect(report.broken).toMatchObject({ reference: 'PR-2026-0002', position: 2, entryId: entries[1]!.id, reason: expect.stringMatching(/changed/) })
  })

  it('notices an entry removed from the middle, or from the end', async () => {
    const { entries } = await seed()
    await db.events.delete(entries[2]!.id!)
    expect((await verifyHistory(db)).broken).toMatchObject({ position: 3, reason: expect.stringMatching(/removed, added or moved/) })
    await db.events.bulkDelete([entries[3]!.id!])
    expect((await verifyHistory(db)).broken).toMatchObject({ position: 3, reason: expect.stringMatching(/cut short/) })
  })

  it('notices entries put in another order', async () => {
    const { entries } = await seed()
    const [a, b] = [entries[1]!, entries[2]!]
    await db.events.bulkPut([
      { ...b, id: a.id },
      { ...a, id: b.id }
    ])
    expect((await verifyHistory(db)).broken).toMatchObject({ reference: 'PR-2026-0002', position: 2 })
  })
})
