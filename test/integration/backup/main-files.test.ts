import { mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runService } from '../../../main/ipc/run-service'
import { services } from '../../../main/services/index'
import { createNodeContext } from '../../../main/services/node-context'
import { listAutomaticBackups, writeAutomaticBackup } from '../../../main/backup/backup-folder'
import { encodeBackup } from '../../../src/backup'
import { automaticBackupName } from '../../../src/backup/file-names'
import { MAX_FILE_BYTES } from '../../../src/ipc/contract'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-backups-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const backupOf = (cases: number) =>
  encodeBackup({ appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-12-01T10:00:00.000Z' }, [
    { name: 'cases', primaryKey: 'id', rows: Array.from({ length: cases }, (_, i) => ({ id: i + 1 })) }
  ])

describe('the backups folder', () => {
  it('writes timestamped backups atomically, lists them newest first and keeps only the newest 14', async () => {
    const folder = join(dir, 'backups')
    const bytes = await backupOf(1)
    for (let day = 1; day <= 16; day++) {
      await writeAutomaticBackup(folder, bytes, day % 2 ? 'daily' : 'on-quit', new Date(Date.UTC(2026, 10, day, 17, 30)))
    }
    await writeFile(join(folder, 'my own notes.txt'), 'kept')
    const ctx = createNodeContext(dir)
    const listed = await runService('listBackups', undefined, services, ctx)
    if (!listed.ok) throw new Error(listed.error.message)
    expect(listed.value.folder).toBe(folder)
    expect(listed.value.backups).toHaveLength(14)
    expect(listed.value.backups[0]).toEqual({ name: 'casebook-2026-11-16T17-30-00-000Z-on-quit.casebook', createdAt: '2026-11-16T17:30:00.000Z', reason: 'on-quit', size: bytes.byteLength })
    expect(listed.value.backups.at(-1)!.createdAt).toBe('2026-11-03T17:30:00.000Z')
    const files = await readdir(folder)
    expect(files).toContain('my own notes.txt')
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(files.every((f) => !f.includes(':'))).toBe(true)
  })

  it('never overwrites a backup written in the same millisecond', async () => {
    const at = new Date('2026-12-01T10:00:00.000Z')
    const a = await writeAutomaticBackup(dir, await backupOf(1), 'daily', at)
    const b = await writeAutomaticBackup(dir, await backupOf(2), 'daily', at)
    expect(a.name).not.toBe(b.name)
    expect(await readdir(dir)).toHaveLength(2)
  })

  it('skips the daily and final backups of a database with no case, but not “Back up now”', async () => {
    const ctx = createNodeContext(dir)
    const empty = await backupOf(0)
    expect(await runService('writeBackup', { reason: 'daily', bytes: empty }, services, ctx)).toMatchObject({ ok: true, value: { written: false } })
    expect(await runService('writeBackup', { reason: 'on-quit', bytes: empty }, services, ctx)).toMatchObject({ ok: true, value: { written: false } })
    expect(await runService('writeBackup', { reason: 'by-hand', bytes: empty }, services, ctx)).toMatchObject({ ok: true, value: { written: true } })
    const refused = await runService('writeBackup', { reason: 'daily', bytes: new TextEncoder().encode('not a backup\n') }, services, ctx)
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('reads a backup only by a name from its list, never by a path', async () => {
    const ctx = createNodeContext(dir)
    const written = await runService('writeBackup', { reason: 'daily', bytes: await backupOf(1) }, services, ctx)
    if (!written.ok) throw new Error(written.error.message)
    const name = written.value.backup!.name
    const read = await runService('readBackup', { name }, services, ctx)
    expect(read.ok && [...read.value.bytes]).toEqual([...(await backupOf(1))])
    await writeFile(join(dir, 'secret.casebook'), 'x')
    const linked = automaticBackupName(new Date('2026-01-01T00:00:00Z'), 'daily')
    await symlink(join(dir, 'secret.casebook'), join(dir, 'backups', linked))
    expect((await listAutomaticBackups(join(dir, 'backups'))).map((b) => b.name)).toEqual([name])
    for (const bad of [linked, '../secret.casebook', `../backups/${name}`, `/${name}`, 'secret.casebook', automaticBackupName(new Date(), 'daily'), 'a\\b']) {
      expect(await runService('readBackup', { name: bad }, services, ctx), bad).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })
})

describe('a file chosen to restore', () => {
  it('is read when the user picks it, and nothing happens when they cancel', async () => {
    const path = join(dir, 'picked.casebook')
    await writeFile(path, await backupOf(2))
    const opened = await runService('openBackupFile', undefined, services, createNodeContext(dir, { openFile: path }))
    expect(opened).toMatchObject({ ok: true, value: { opened: true, name: 'picked.casebook' } })
    expect(opened.ok && opened.value.bytes).toBeInstanceOf(Uint8Array)
    expect(await runService('openBackupFile', undefined, services, createNodeContext(dir))).toEqual({ ok: true, value: { opened: false } })
  })

  it('over 1 GB is refused from its size, before it is read', async () => {
    const path = join(dir, 'huge.casebook')
    const handle = await open(path, 'w')
    await handle.truncate(MAX_FILE_BYTES + 1) // sparse: no gigabyte is written
    await handle.close()
    const result = await runService('openBackupFile', undefined, services, createNodeContext(dir, { openFile: path }))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(!result.ok && result.error.message).toMatch(/larger than 1 GB.*not read.*not been changed/)

    // The same in the backups folder, under an automatic backup's name.
    const folder = join(dir, 'backups')
    const name = automaticBackupName(new Date('2026-12-01T10:00:00Z'), 'daily')
    await mkdir(folder, { recursive: true })
    const big = await open(join(folder, name), 'w')
    await big.truncate(MAX_FILE_BYTES + 1)
    await big.close()
    expect(await runService('readBackup', { name }, services, createNodeContext(dir))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than 1 GB/) } })
  })

  it('that no longer exists gets a message, not a stack trace', async () => {
    const result = await runService('openBackupFile', undefined, services, createNodeContext(dir, { openFile: join(dir, 'gone.casebook') }))
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/no longer exists/) } })
  })
})

describe('a password-protected backup', () => {
  it('is saved encrypted and opens with its password only; a wrong password fails and returns nothing', { timeout: 30_000 }, async () => {
    const plain = await backupOf(3)
    const ctx = createNodeContext(dir, { saveDir: join(dir, 'saved') })
    const saved = await runService('saveBackupAs', { defaultName: 'office.casebook', bytes: plain, password: 'correct horse battery' }, services, ctx)
    expect(saved).toMatchObject({ ok: true, value: { saved: true, encrypted: true, path: join(dir, 'saved', 'office.casebook') } })
    const file = new Uint8Array(await readFile(join(dir, 'saved', 'office.casebook')))
    const text = new TextDecoder('latin1').decode(file)
    expect(text.startsWith('{"format":"privacy-casebook-encrypted-backup"')).toBe(true)
    expect(text).not.toContain('privacy-casebook-backup"')

    const unlocked = await runService('unlockBackup', { bytes: file, password: 'correct horse battery' }, services, ctx)
    expect(unlocked.ok && [...unlocked.value.bytes]).toEqual([...plain])

    const wrong = await runService('unlockBackup', { bytes: file, password: 'Correct horse battery' }, services, ctx)
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/^The password is not the one this backup was saved with.*not been changed\.$/) }
    })

    // A changed byte of the ciphertext fails; so does a change to the first line that leaves its meaning (and the key) alone.
    const tampered = file.slice()
    tampered[tampered.length - 40] = tampered[tampered.length - 40]! ^ 1
    expect(await runService('unlockBackup', { bytes: tampered, password: 'correct horse battery' }, services, ctx)).toMatchObject({ ok: false })
    const header = new TextDecoder().decode(file.subarray(0, file.indexOf(0x0a)))
    const respaced = new Uint8Array([...new TextEncoder().encode(header.replace(',"formatVersion":', ', "formatVersion":')), ...file.subarray(file.indexOf(0x0a))])
    expect(await runService('unlockBackup', { bytes: respaced, password: 'correct horse battery' }, services, ctx)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The password is not the one/) }
    })
    // Settings that would need a gigabyte of memory are refused before any key is derived.
    const crafted = new TextEncoder().encode(header.replace('"N":131072', '"N":1048576'))
    const withHeader = new Uint8Array([...crafted, ...file.subarray(file.indexOf(0x0a))])
    expect(await runService('unlockBackup', { bytes: withHeader, password: 'x' }, services, ctx)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/damaged/) } })
  })

  it('needs a password of at least 8 characters', async () => {
    const result = await runService('saveBackupAs', { defaultName: 'b.casebook', bytes: await backupOf(1), password: 'short' }, services, createNodeContext(dir))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/at least 8 characters/) } })
  })
})
