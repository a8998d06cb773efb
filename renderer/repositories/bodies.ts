import type { CasebookDb } from '../db/database'
import { DEFAULT_BODIES, bodyFormSchema, newBodyId, type BodyForm, type ComplaintBody } from '../../src/escalations/bodies'

/** Seeds the directory with the AAA and the ICO when it is empty (the database's populate does it on creation). */
export async function ensureBodies(db: CasebookDb): Promise<void> {
  await db.transaction('rw', db.bodies, async () => {
    if ((await db.bodies.count()) === 0) await db.bodies.bulkAdd(DEFAULT_BODIES.map((b) => ({ ...b })))
  })
}

/** Every body in the directory, by name. */
export function listBodies(db: CasebookDb): Promise<ComplaintBody[]> {
  return db.bodies.orderBy('name').toArray()
}

export function getBody(db: CasebookDb, id: string): Promise<ComplaintBody | undefined> {
  return db.bodies.get(id)
}

/** Adds a body (no id) or saves an edit of one; the id of a body never changes, so escalations keep pointing at it. */
export async function saveBody(db: CasebookDb, form: BodyForm, id?: string): Promise<ComplaintBody> {
  const valid = bodyFormSchema.parse(form)
  return db.transaction('rw', db.bodies, async () => {
    const others = await db.bodies.toArray()
    const clash = others.find((b) => b.id !== id && b.name.toLocaleLowerCase() === valid.name.toLocaleLowerCase())
    if (clash) throw new Error(`The directory already has ${clash.name}: edit that entry instead.`)
    if (id !== undefined && !others.some((b) => b.id === id)) throw new Error('This body is no longer in the directory; it may have been changed in another window.')
    const body: ComplaintBody = { id: id ?? newBodyId(valid.name, others.map((b) => b.id)), ...valid }
    await db.bodies.put(body)
    return body
  })
}
