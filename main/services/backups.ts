import { basename, join } from 'node:path'
import type { ApiOutput, ApiParsedInput } from '../../src/ipc/contract'
import type { ServiceContext } from '../../src/ipc/service'
import { BACKUP_EXTENSION } from '../../src/backup/format'
import { readManifestFacts } from '../../src/backup/peek'
import { listAutomaticBackups, writeAutomaticBackup } from '../backup/backup-folder'
import { signalQuitBackupSettled } from '../backup/backup-signals'
import { decryptBackup, encryptBackup } from '../backup/encryption'
import { readBackupFile } from '../backup/read-backup-file'
import { describeWriteError, writeFileAtomic } from '../files/atomic-write'
import { ServiceError } from './service-error'

const FILTERS = [{ name: 'Privacy Casebook backup', extensions: [BACKUP_EXTENSION] }]

/**
 * Writes a backup the renderer made into the backups folder. Main reads only
 * its first line: the daily and final backups of a database with no case
 * are skipped, so that a new or emptied installation never pushes the real
 * backups out of the fourteen kept.
 */
export async function writeBackup(input: ApiParsedInput<'writeBackup'>, ctx: ServiceContext): Promise<ApiOutput<'writeBackup'>> {
  try {
    const facts = readManifestFacts(input.bytes)
    if (!facts) throw new ServiceError('invalid-argument', 'The app produced a backup it cannot read, so it was not written. Please report this.')
    if ((input.reason === 'daily' || input.reason === 'on-quit' || input.reason === 'before-restore') && !facts.rows.cases) {
      return { written: false, note: 'There are no cases yet, so there is nothing to back up.' }
    }
    const { deleted: _deleted, ...backup } = await writeAutomaticBackup(ctx.backupsFolder, input.bytes, input.reason)
    return { written: true, backup }
  } finally {
    if (input.reason === 'on-quit') signalQuitBackupSettled()
  }
}

export async function listBackups(_input: undefined, ctx: ServiceContext): Promise<ApiOutput<'listBackups'>> {
  return { folder: ctx.backupsFolder, backups: await listAutomaticBackups(ctx.backupsFolder) }
}

/** Only a name from the list, never a path: a caller cannot reach another file through it. */
export async function readBackup(input: ApiParsedInput<'readBackup'>, ctx: ServiceContext): Promise<ApiOutput<'readBackup'>> {
  const { name } = input
  const listed = await listAutomaticBackups(ctx.backupsFolder)
  if (/[/\\\0]/.test(name) || name !== basename(name) || !listed.some((b) => b.name === name)) {
    throw new ServiceError('not-found', `There is no backup called "${name.slice(0, 100)}" in the backups folder. Your current data has not been changed.`)
  }
  return { name, bytes: await readBackupFile(join(ctx.backupsFolder, name)) }
}

export async function openBackupFile(_input: undefined, ctx: ServiceContext): Promise<ApiOutput<'openBackupFile'>> {
  const path = await ctx.chooseOpenPath(FILTERS)
  if (!path) return { opened: false }
  return { opened: true, name: basename(path), bytes: await readBackupFile(path) }
}

export async function unlockBackup(input: ApiParsedInput<'unlockBackup'>): Promise<ApiOutput<'unlockBackup'>> {
  return { bytes: await decryptBackup(input.bytes, input.password) }
}

export async function saveBackupAs(input: ApiParsedInput<'saveBackupAs'>, ctx: ServiceContext): Promise<ApiOutput<'saveBackupAs'>> {
  if (!readManifestFacts(input.bytes)) throw new ServiceError('invalid-argument', 'The app produced a backup it cannot read, so it was not saved. Please report this.')
  const path = await ctx.chooseSavePath(input.defaultName, FILTERS)
  if (!path) return { saved: false, encrypted: false }
  const bytes = input.password ? await encryptBackup(input.bytes, input.password) : input.bytes
  try {
    await writeFileAtomic(path, bytes)
  } catch (error) {
    throw new ServiceError('failed', describeWriteError(path, error))
  }
  return { saved: true, path, encrypted: !!input.password }
}
