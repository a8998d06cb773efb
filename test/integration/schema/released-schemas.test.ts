import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openCasebookDb, SCHEMA_VERSION, type CasebookDb } from '../../../renderer/db/database'
import { verifyHistory } from '../../../renderer/repositories/history'
import { listCases } from '../../../renderer/repositories/case-list'
import { decodeBackup } from '../../../src/backup'
import { RELEASED_SCHEMAS } from '../../fixtures/schemas'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'backups')
const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

/** An IndexedDB database exactly as version `version` of the app left it, filled from that version's fixture. */
async function databaseOfVersion(version: number, name: string): Promise<Record<string, unknown[]>> {
  const decoded = await decodeBackup(new Uint8Array(readFileSync(join(FIXTURES, `schema-v${version}.casebook`))), { newestSchemaVersion: version })
  const old = new Dexie(name)
  old.version(version).stores(RELEASED_SCHEMAS[version]!)
  await old.open()
  const rows: Record<string, unknown[]> = {}
  await old.transaction('rw', old.tables, async () => {
    for (const table of decoded.tables) {
      rows[table.name] = table.rows
      await old.table(table.name).bulkAdd(table.rows)
    }
  })
  old.close()
  return rows
}

describe('every released schema version', () => {
  for (const version of Object.keys(RELEASED_SCHEMAS).map(Number)) {
    it(`opens a version ${version} database with its data intact`, async () => {
      const name = `released-v${version}`
      const before = await databaseOfVersion(version, name)
      const db: CasebookDb = openCasebookDb(name)
      opened.push(db)
      await db.open()
      expect(db.verno).toBe(SCHEMA_VERSION)
      for (const [table, rows] of Object.entries(before)) {
        expect(await db.table(table).count(), table).toBe(rows.length)
      }
      const cases = await db.cases.toArray()
      expect(cases.map((c) => c.requester.name)).toContain('Agnieszka Wąsowska')
      const complaint = cases.find((c) => c.kind === 'complaint')!
      expect(complaint.escalations?.[0]).toMatchObject({ bodyReference: 'IC-123456-A1B2', replyBy: '2026-12-16' })
      const letter = (await db.letters.toArray())[0]!
      expect(letter.pdf).toBeInstanceOf(Uint8Array)
      expect((await verifyHistory(db)).broken).toBeUndefined()
    })
  }

  it('builds the search heads index when a version 1 database is upgraded, so a search still finds its cases', async () => {
    await databaseOfVersion(1, 'upgrade-search')
    const db: CasebookDb = openCasebookDb('upgrade-search')
    opened.push(db)
    await db.open()
    expect((await db.cases.toArray()).every((c) => (c.searchHeads ?? []).length > 0)).toBe(true)
    // fewCases 0 makes the list read through the search heads index, not the few matches one by one.
    const found = await listCases(db, { sort: 'received-desc', search: 'wąsowska' }, undefined, 100, 0)
    expect(found.rows.map((c) => c.requester.name)).toContain('Agnieszka Wąsowska')
  })

  it('still declares, as the newest version, exactly the schema of the newest fixture', async () => {
    // Change the schema only by adding a version (with its upgrade and a new fixture), never by editing a released one.
    expect(Object.keys(RELEASED_SCHEMAS).map(Number)).toContain(SCHEMA_VERSION)
    const db = openCasebookDb('released-check')
    opened.push(db)
    await db.open()
    const declared = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')])
    )
    const frozen = new Dexie('released-frozen')
    frozen.version(SCHEMA_VERSION).stores(RELEASED_SCHEMAS[SCHEMA_VERSION]!)
    opened.push(frozen)
    await frozen.open()
    const expected = Object.fromEntries(
      frozen.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')])
    )
    expect(declared).toEqual(expected)
  })
})
