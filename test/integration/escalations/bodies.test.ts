import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { ensureBodies, getBody, listBodies, saveBody } from '../../../renderer/repositories/bodies'
import { emptyBodyForm, regulatorFromBody } from '../../../src/escalations/bodies'
import { AAA, ICO } from '../../../src/letters/regulators'

let db: CasebookDb
let n = 0
beforeEach(async () => {
  db = openCasebookDb(`bodies-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('the directory of bodies', () => {
  it('is seeded with the AAA and the ICO when the database is created', async () => {
    const bodies = await listBodies(db)
    expect(bodies.map((b) => b.id)).toEqual(['aaa', 'ico'])
    expect(regulatorFromBody((await getBody(db, 'ico'))!)).toStrictEqual(ICO)
    expect(regulatorFromBody((await getBody(db, 'aaa'))!)).toStrictEqual(AAA)
  })

  it('is seeded again on first read when it is empty, and never twice', async () => {
    await db.bodies.clear()
    await Promise.all([ensureBodies(db), ensureBodies(db)])
    expect((await listBodies(db)).map((b) => b.id)).toEqual(['aaa', 'ico'])
  })

  it('takes a new body, and edits keep its id', async () => {
    const added = await saveBody(db, { ...emptyBodyForm(), name: 'BBB National Programs', kind: 'dpf-recourse', phone: '703-247-9330' })
    expect(added.id).toBe('bbb-national-programs')
    expect(regulatorFromBody(added).description).toBe(AAA.description)
    const edited = await saveBody(db, { ...added, hours: 'Monday–Friday, 9AM–5PM ET' }, added.id)
    expect(edited.id).toBe(added.id)
    expect((await getBody(db, added.id))!.hours).toBe('Monday–Friday, 9AM–5PM ET')
    expect(await db.bodies.count()).toBe(3)
    const ico = (await getBody(db, 'ico'))!
    await saveBody(db, { ...ico, phone: '0303 123 1113' }, 'ico')
    expect((await getBody(db, 'ico'))!.phone).toBe('0303 123 1113')
  })

  it('refuses a second body of the same name, and an edit of a body that is gone', async () => {
    await expect(saveBody(db, { ...emptyBodyForm(), name: "information commissioner's office" })).rejects.toThrow(
      "The directory already has Information Commissioner's Office: edit that entry instead."
    )
    await expect(saveBody(db, { ...emptyBodyForm(), name: 'JAMS' }, 'jams')).rejects.toThrow(/no longer in the directory/)
    expect(await db.bodies.count()).toBe(2)
  })
})
