import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { checkBackup, makeBackup, restoreBackup } from '../../../renderer/repositories/backup'
import { runService } from '../../../main/ipc/run-service'
import { services } from '../../../main/services/index'
import { createNodeContext } from '../../../main/services/node-context'
import { encryptBackup } from '../../../main/backup/encryption'
import { assembleBackupFile, type BackupFault, type TableLines } from '../../../src/backup'
import { dumpDatabase, fillDatabase } from './fill-database'

// Each bad file is refused with a message saying what is wrong, and the live
// database (filled with other data) is left exactly as it was.

let db: CasebookDb
let good: Uint8Array
let live: Record<string, unknown[]>

beforeAll(async () => {
  const source = openCasebookDb('bad-files-source')
  await source.open()
  await fillDatabase(source)
  good = await makeBackup(source, '0.1.0', new Date('2026-12-01T12:00:00Z'))
  source.close()
  await source.delete()

  db = openCasebookDb('bad-files-live')
  await db.open()
  await fillDatabase(db)
  await fillDatabase(db)
  live = await dumpDatabase(db)
})
afterAll(async () => {
  db.close()
  await db.delete()
})

async function refusal(bytes: Uint8Array): Promise<{ fault: BackupFault; message: string }> {
  let refused: { fault: BackupFault; message: string } | undefined
  try {
    await restoreBackup(db, await checkBackup(db, bytes))
  } catch (error) {
    refused = error as { fault: BackupFault; message: string }
  }
  expect(await dumpDatabase(db)).toEqual(live)
  if (!refused) throw new Error('the bad file was restored')
  expect(refused.message).toMatch(/Your current data has not been changed\.$/)
  return { fault: refused.fault, message: refused.message }
}

type Layout = { meta: { appVersion: string; schemaVersion: number; createdAt: string }; tables: { name: string; primaryKey: string; lines: string[] }[] }

/** The good backup taken apart into its lines, edited, and put back together with checksums that match. */
async function rebuilt(edit: (layout: Layout) => void): Promise<Uint8Array> {
  const lines = new TextDecoder().decode(good).split('\n').slice(0, -1)
  const manifest = JSON.parse(lines[0]!) as Layout['meta'] & { tables: { name: string; primaryKey: string; rows: number }[] }
  let at = 1
  const layout: Layout = {
    meta: { appVersion: manifest.appVersion, schemaVersion: manifest.schemaVersion, createdAt: manifest.createdAt },
    tables: manifest.tables.map((t) => ({ name: t.name, primaryKey: t.primaryKey, lines: lines.slice(at, (at += t.rows)) }))
  }
  edit(layout)
  return assembleBackupFile(layout.meta, layout.tables as TableLines[])
}

const table = (layout: Layout, name: string) => layout.tables.find((t) => t.name === name)!

describe('restoring refuses, changing nothing,', () => {
  it('a good file for comparison is accepted', async () => {
    const checked = await checkBackup(db, good)
    expect(checked.tables.find((t) => t.name === 'cases')!.rows).toHaveLength(2)
  })

  it('a truncated file', async () => {
    for (const size of [100, Math.floor(good.length / 2), good.length - 1]) {
      const { fault, message } = await refusal(good.subarray(0, size))
      expect(fault).toBe('incomplete')
      expect(message).toMatch(/^This backup file is incomplete: its end is missing, so it was probably cut short/)
    }
  })

  it('one flipped byte, wherever it is', async () => {
    for (const at of [10, 300, Math.floor(good.length / 2), good.length - 30]) {
      const copy = good.slice()
      copy[at] = copy[at]! ^ 0x20
      const { fault, message } = await refusal(copy)
      expect(['damaged', 'incomplete'], `byte ${at}`).toContain(fault)
      if (fault === 'damaged') expect(message).toMatch(/^This backup file is damaged: its contents no longer match the checksum/)
    }
  })

  it('a wrong format name', async () => {
    const text = new TextDecoder().decode(await rebuilt(() => undefined))
    const renamed = text.replace('"format":"privacy-casebook-backup"', '"format":"other-app-backup"')
    const { fault, message } = await refusal(new TextEncoder().encode(renamed))
    expect(fault).toBe('damaged') // the closing checksum no longer matches the renamed first line
    expect(message).toMatch(/damaged/)
    const json = await refusal(new TextEncoder().encode('{"format":"other-app-backup","version":1}\n{"rows":[]}\n'))
    expect(json).toEqual({ fault: 'not-a-backup', message: expect.stringMatching(/^This file is not a Privacy Casebook backup\./) })
  })

  it('a newer schema, saying to install the newer version', async () => {
    const { fault, message } = await refusal(await rebuilt((l) => (l.meta.schemaVersion = db.verno + 1)))
    expect(fault).toBe('newer-version')
    expect(message).toBe(
      `This backup was made by a newer version of Privacy Casebook (database version ${db.verno + 1}). Install the newer version of Privacy Casebook to restore it. Your current data has not been changed.`
    )
  })

  it('a missing table', async () => {
    const { fault, message } = await refusal(await rebuilt((l) => (l.tables = l.tables.filter((t) => t.name !== 'attachments'))))
    expect(fault).toBe('missing-table')
    expect(message).toMatch(/attached file records \(the "attachments" table\) are missing/)
  })

  it('a table this version does not know', async () => {
    const { fault } = await refusal(await rebuilt((l) => l.tables.push({ name: 'intruders', primaryKey: 'id', lines: ['{"table":"intruders","row":{"id":1}}'] })))
    expect(fault).toBe('unknown-table')
  })

  it('duplicate keys', async () => {
    const { fault, message } = await refusal(await rebuilt((l) => table(l, 'events').lines.push(table(l, 'events').lines[0]!)))
    expect(fault).toBe('duplicate-record')
    expect(message).toMatch(/it holds two history entries with the same id \(1\)\. The file may have been altered\./)
    const sameReference = await refusal(
      await rebuilt((l) => {
        const cases = table(l, 'cases')
        const copy = JSON.parse(cases.lines[0]!)
        copy.row.id = 50
        cases.lines.push(JSON.stringify(copy))
      })
    )
    expect(sameReference.fault).toBe('duplicate-record')
    expect(sameReference.message).toMatch(/cases 1 and 3 have the same reference \(PR-2026-0001\)/)
  })

  it('__proto__ and constructor keys', async () => {
    for (const poison of ['"__proto__":{"isAdmin":true}', '"constructor":{"prototype":{"polluted":1}}']) {
      const { fault, message } = await refusal(
        await rebuilt((l) => {
          const settings = table(l, 'settings')
          settings.lines[0] = settings.lines[0]!.replace('"row":{', `"row":{${poison},`)
        })
      )
      expect(fault).toBe('invalid-record')
      expect(message).toMatch(/has a field named "(__proto__|constructor)"/)
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('a record that is not valid for its table', async () => {
    const { fault, message } = await refusal(await rebuilt((l) => (table(l, 'cases').lines[0] = table(l, 'cases').lines[0]!.replace('"received":"2026-11-20"', '"received":"last Tuesday"'))))
    expect(fault).toBe('invalid-record')
    expect(message).toMatch(/case 1 \(id 1\) is not valid: received is not a calendar date/)
  })

  it('a password-protected backup with a wrong password, or none', async () => {
    const locked = await encryptBackup(good, 'the right password')
    const ctx = createNodeContext('/nonexistent-casebook-dir')
    const wrong = await runService('unlockBackup', { bytes: locked, password: 'the wrong password' }, services, ctx)
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The password is not the one this backup was saved with/) } })
    expect(await dumpDatabase(db)).toEqual(live)
    expect((await refusal(locked)).fault).toBe('password-protected')
    const right = await runService('unlockBackup', { bytes: locked, password: 'the right password' }, services, ctx)
    expect(right.ok && (await checkBackup(db, right.value.bytes)).manifest.createdAt).toBe('2026-12-01T12:00:00.000Z')
  })
})
