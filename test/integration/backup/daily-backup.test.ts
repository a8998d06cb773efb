import 'fake-indexeddb/auto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { backUpIfDue, backUpOnQuit } from '../../../renderer/features/backup/automatic-backups'
import { checkBackup } from '../../../renderer/repositories/backup'
import { createCase } from '../../../renderer/repositories/cases'
import { runService } from '../../../main/ipc/run-service'
import { services } from '../../../main/services/index'
import { createNodeContext } from '../../../main/services/node-context'
import { writeAutomaticBackup } from '../../../main/backup/backup-folder'
import { actor, form } from './fill-database'

let db: CasebookDb
let dir: string
let n = 0
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-daily-'))
  db = openCasebookDb(`daily-backup-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
  await rm(dir, { recursive: true, force: true })
})

// The renderer's side of automatic backups, through the very service table main runs.
function api() {
  const ctx = createNodeContext(dir)
  return {
    listBackups: () => runService('listBackups', undefined, services, ctx),
    writeBackup: (input: Parameters<typeof services.writeBackup>[0]) => runService('writeBackup', input, services, ctx)
  }
}
const listed = async () => {
  const result = await api().listBackups()
  if (!result.ok) throw new Error(result.error.message)
  return result.value.backups
}
const options = { today: '2026-12-01', timeZone: 'Europe/London', appVersion: '0.1.0' }

describe('the daily backup', () => {
  it('is not made while there is no case', async () => {
    expect(await backUpIfDue(db, api(), options)).toBeUndefined()
    expect(await listed()).toEqual([])
  })

  it('is made once a day, into the backups folder, and restores', async () => {
    await createCase(db, form('Agnieszka Wąsowska'), actor)
    const name = await backUpIfDue(db, api(), options)
    expect(name).toMatch(/-daily\.casebook$/)
    expect(await backUpIfDue(db, api(), options)).toBeUndefined()
    const [only] = await listed()
    expect(only).toMatchObject({ name, reason: 'daily' })
    const read = await runService('readBackup', { name: name! }, services, createNodeContext(dir))
    if (!read.ok) throw new Error(read.error.message)
    expect((await checkBackup(db, read.value.bytes)).tables.find((t) => t.name === 'cases')!.rows).toHaveLength(1)
  })

  it('counts the day in the office’s time zone', async () => {
    await createCase(db, form('Cal Requester'), actor)
    // 05:00 UTC on 1 December is still 30 November in Los Angeles.
    await writeAutomaticBackup(join(dir, 'backups'), new Uint8Array([1]), 'on-quit', new Date('2026-12-01T05:00:00Z'))
    expect(await backUpIfDue(db, api(), { ...options, timeZone: 'America/Los_Angeles' })).toMatch(/-daily\.casebook$/)
    expect(await backUpIfDue(db, api(), options)).toBeUndefined()
  })
})

describe('the backup on quitting', () => {
  it('is written with its reason, and skipped by main for a database with no case', async () => {
    await backUpOnQuit(db, api(), '0.1.0')
    expect(await listed()).toEqual([])
    await createCase(db, form('John Smith'), actor)
    await backUpOnQuit(db, api(), '0.1.0')
    expect((await listed()).map((b) => b.reason)).toEqual(['on-quit'])
  })
})
