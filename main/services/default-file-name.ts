import { basename } from 'node:path'
import { safeFileName } from '../../src/files/safe-file-name'

/** The name a suggested file is saved under: its last part only, made safe on every system. */
export function defaultFileName(suggested: string): string {
  return safeFileName(basename(suggested.replaceAll('\\', '/')))
}
