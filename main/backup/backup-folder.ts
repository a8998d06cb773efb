import { lstat, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  automaticBackupName,
  BACKUPS_KEPT,
  parseAutomaticBackupName,
  type BackupReason
} from '../../src/backup/file-names'
import { describeWriteError, writeFileAtomic } from '../files/atomic-write'
import { ServiceError } from '../services/service-error'

export interface BackupFileInfo {
  name: string
  createdAt: string
  reason: BackupReason
  size: number
}

/** The automatic backups in the folder, newest first; other files there are left alone. */
export async function listAutomaticBackups(folder: string): Promise<BackupFileInfo[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const found: BackupFileInfo[] = []
  for (const name of names) {
    const parsed = parseAutomaticBackupName(name)
    if (!parsed) continue
    // lstat: a link named like a backup is not one of ours, and is neither listed nor read.
    const info = await lstat(join(folder, name)).catch(() => undefined)
    if (info?.isFile()) found.push({ name, ...parsed, size: info.size })
  }
  return found.sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)))
}

/** Deletes all but the newest `keep` automatic backups; returns the names deleted. */
export async function pruneAutomaticBackups(folder: string, keep = BACKUPS_KEPT): Promise<string[]> {
  const old = (await listAutomaticBackups(folder)).slice(keep)
  for (const backup of old) await rm(join(folder, backup.name), { force: true })
  return old.map((b) => b.name)
}

/** Writes an automatic backup atomically under a timestamped name, then keeps only the newest ones. */
export async function writeAutomaticBackup(
  folder: string,
  bytes: Uint8Array,
  reason: BackupReason,
  now = new Date()
): Promise<BackupFileInfo & { deleted: string[] }> {
  await mkdir(folder, { recursive: true })
  const taken = new Set(await readdir(folder))
  let at = now
  while (taken.has(automaticBackupName(at, reason))) at = new Date(at.getTime() + 1)
  const name = automaticBackupName(at, reason)
  const path = join(folder, name)
  try {
    await writeFileAtomic(path, bytes)
  } catch (error) {
    throw new ServiceError('failed', describeWriteError(path, error).replace('Choose another folder and try again', 'Check the backups folder'))
  }
  const deleted = await pruneAutomaticBackups(folder)
  return { name, createdAt: at.toISOString(), reason, size: bytes.byteLength, deleted }
}
