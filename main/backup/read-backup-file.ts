import { open } from 'node:fs/promises'
import { MAX_FILE_BYTES } from '../../src/ipc/contract'
import { ServiceError } from '../services/service-error'

const NOTHING_CHANGED = 'Your current data has not been changed.'

/**
 * A backup file's bytes. Its size is checked before anything is read: no
 * backup is larger than 1 GB, and reading a huge file would exhaust memory.
 */
export async function readBackupFile(path: string): Promise<Uint8Array<ArrayBuffer>> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ServiceError('not-found', `The backup file ${path} no longer exists. ${NOTHING_CHANGED}`)
    if (code === 'EACCES' || code === 'EPERM') throw new ServiceError('failed', `The backup file ${path} cannot be read: this account may not open it. ${NOTHING_CHANGED}`)
    throw new ServiceError('failed', `The backup file ${path} cannot be read (the system said ${code ?? String(error)}). ${NOTHING_CHANGED}`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new ServiceError('invalid-argument', `${path} is a folder, not a backup file. ${NOTHING_CHANGED}`)
    if (info.size > MAX_FILE_BYTES) {
      throw new ServiceError(
        'invalid-argument',
        `This file is larger than 1 GB, so it is not a Privacy Casebook backup and it was not read. Choose the backup file itself. ${NOTHING_CHANGED}`
      )
    }
    const buffer = await handle.readFile()
    return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength)
  } finally {
    await handle.close()
  }
}
