import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { checkBackup, makeBackup, restoreBackup } from '../../../renderer/repositories/backup'
import { createCase } from '../../../renderer/repositories/cases'
import { listCases } from '../../../renderer/repositories/case-list'
import { BackupError, decodeBackup } from '../../../src/backup'
import { actor, dumpDatabase, fillDatabase, form } from './fill-database'

let db: CasebookDb
let other: CasebookDb
let n = 0
beforeEach(async () => {
  db = openCasebookDb(`backup-test-${++n}`)
  other = openCasebookDb(`backup-other-${n}`)
  await Promise.all([db.open(), other.open()])
})
afterEach(async () => {
  for (const d of [db, other]) {
    d.close()
    await d.delete()
  }
})

describe('backup → restore', () => {
  it('gives back an identical database, every table compared, bytes included', async () => {
    await fillDatabase(db)
    const before = await dumpDatabase(db)
    // Every table of the database holds records here, so that none escapes this test.
    for (const table of db.tables) expect(before[table.name]?.length, `records in ${table.name}`).toBeGreaterThan(0)

    const bytes = await makeBackup(db, '0.1.0', new Date('2026-12-01T12:00:00Z'))
    await restoreBackup(other, await checkBackup(other, bytes))
    const after = await dumpDatabase(other)
    expect(Object.keys(after).sort()).toEqual(db.tables.map((t) => t.name).sort())
    expect(after).toEqual(before)
    const attachment = (after.attachments as { bytes: Uint8Array }[])[1]!
    expect(attachment.bytes).toBeInstanceOf(Uint8Array)
    expect([...attachment.bytes]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13])
    expect((after.letters as { pdf: Uint8Array }[])[0]!.pdf).toBeInstanceOf(Uint8Array)
  })

  it('leaves the search index out of the file, and rebuilds it on restore so a search finds every case', async () => {
    await fillDatabase(db)
    const bytes = await makeBackup(db, '0.1.0')
    const { tables } = await decodeBackup(bytes, { newestSchemaVersion: db.verno })
    const cases = tables.find((t) => t.name === 'cases')!.rows as Record<string, unknown>[]
    expect(cases.length).toBeGreaterThan(0)
    expect(cases.every((c) => !('searchHeads' in c) && Array.isArray(c.searchTokens))).toBe(true)

    await restoreBackup(other, await checkBackup(other, bytes))
    const restored = await other.cases.toArray()
    expect(restored.every((c) => (c.searchHeads ?? []).length > 0)).toBe(true)
    // fewCases 0: through the search heads index itself, not by reading the few matching cases.
    const found = await listCases(other, { sort: 'received-desc', search: 'wasowska' }, undefined, 100, 0)
    expect(found.rows.map((c) => c.requester.name)).toEqual(restored.filter((c) => c.requester.name.includes('Wąsowska')).map((c) => c.requester.name).reverse())
    expect(found.rows.length).toBeGreaterThan(0)
  })

  it('records the format, the app and schema versions, and the count of every table', async () => {
    await fillDatabase(db)
    const { manifest } = await decodeBackup(await makeBackup(db, '0.1.0'), { newestSchemaVersion: db.verno })
    expect(manifest).toMatchObject({ format: 'privacy-casebook-backup', formatVersion: 1, appVersion: '0.1.0', schemaVersion: db.verno })
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])))
    )
  })

  it('replaces what was there: a case logged after the backup is gone, but its reference is never given again', async () => {
    await fillDatabase(db)
    const bytes = await makeBackup(db, '0.1.0')
    const backedUp = await dumpDatabase(db)
    const third = await createCase(db, form('After The Backup'), actor)
    expect(third.reference).toBe('PR-2026-0003')
    await restoreBackup(db, await checkBackup(db, bytes))

    const after = await dumpDatabase(db)
    expect((after.cases as { reference: string }[]).map((c) => c.reference)).toEqual(['PR-2026-0001', 'PR-2026-0002'])
    expect({ ...after, counters: [] }).toEqual({ ...backedUp, counters: [] })
    expect(after.counters).toEqual([{ key: 'reference-2026', value: 3 }])
    expect((await createCase(db, form('Next One'), actor)).reference).toBe('PR-2026-0004')
  })

  it('backs up and restores a table the backup code has never heard of', async () => {
    const custom = new Dexie(`backup-custom-${n}`) as unknown as CasebookDb
    custom.version(1).stores({ scans: '++id, caseId', tags: '&[caseId+tag]' })
    await custom.open()
    await custom.table('scans').bulkAdd([
      { caseId: 1, image: new Uint8Array([1, 2, 3]), takenAt: new Date('2026-11-01T08:00:00Z') },
      { caseId: 2, image: new Uint8Array(0), note: { lines: ['a', 'b'] } }
    ])
    await custom.table('tags').add({ caseId: 1, tag: 'urgent' })
    const before = await dumpDatabase(custom)
    const bytes = await makeBackup(custom, '0.1.0')
    await custom.table('scans').clear()
    await restoreBackup(custom, await checkBackup(custom, bytes))
    expect(await dumpDatabase(custom)).toEqual(before)
    custom.close()
    await custom.delete()
  })

  it('a failure while writing rolls everything back', async () => {
    await fillDatabase(db)
    const before = await dumpDatabase(db)
    const checked = await checkBackup(db, await makeBackup(db, '0.1.0'))
    // Bypass the checks: two cases with one reference make the unique index fail half-way through the writes.
    const cases = checked.tables.find((t) => t.name === 'cases')!
    cases.rows.push({ ...(cases.rows[0] as object), id: 99 })
    await expect(restoreBackup(db, checked)).rejects.toThrow()
    expect(await dumpDatabase(db)).toEqual(before)
  })

  it('refuses a backup when the data was not written by this database’s schema', async () => {
    const bytes = await makeBackup(db, '0.1.0')
    const custom = new Dexie(`backup-narrow-${n}`) as unknown as CasebookDb
    custom.version(1).stores({ cases: '++id' })
    await custom.open()
    await expect(checkBackup(custom, bytes)).rejects.toBeInstanceOf(BackupError)
    custom.close()
    await custom.delete()
  })
})
