import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes a file so that a crash or a full disk never leaves a half-written
 * one in its place: a temporary file in the same folder, flushed to disk,
 * then renamed over the target.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** A sentence for the user from a failed write: where, why, and what to do. */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const folder = dirname(path)
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'the folder cannot be written to'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'ENOENT'
          ? 'the folder does not exist'
          : `the system said ${code ?? (error instanceof Error ? error.message : String(error))}`
  return `The file was not saved in ${folder}: ${why}. Choose another folder and try again; nothing was lost.`
}
