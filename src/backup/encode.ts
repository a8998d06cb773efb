import { BackupError } from './errors'
import { BACKUP_END, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, TABLE_NAME, type BackupManifest } from './format'
import { toPortable } from './portable-value'
import { sha256Hex } from './sha256'

/** One table as read from the database: its name, its primary key path and every record. */
export interface TableContents {
  name: string
  primaryKey: string
  rows: readonly unknown[]
}

export interface BackupMeta {
  appVersion: string
  schemaVersion: number
  createdAt: string
}

/** One table's lines as they go into the file (each a JSON text without its line break). */
export interface TableLines {
  name: string
  primaryKey: string
  lines: readonly string[]
}

const NEWLINE = 0x0a
const PLACEHOLDER = '0'.repeat(64)

/** The backup file of these tables: every record checked and written as JSON, with counts and checksums. */
export async function encodeBackup(meta: BackupMeta, tables: readonly TableContents[]): Promise<Uint8Array<ArrayBuffer>> {
  return assembleBackupFile(
    meta,
    tables.map((table) => {
      if (!TABLE_NAME.test(table.name)) {
        throw new BackupError('cannot-back-up', `The backup could not be made: the table name "${table.name}" cannot be written. Nothing was saved; please report this.`)
      }
      return {
        name: table.name,
        primaryKey: table.primaryKey,
        lines: table.rows.map((row, i) => JSON.stringify({ table: table.name, row: toPortable(row, `record ${i + 1} of ${table.name}`) }))
      }
    })
  )
}

function manifestLine(meta: BackupMeta, tables: readonly TableLines[], hashes: readonly string[]): string {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    tables: tables.map((t, i) => ({ name: t.name, primaryKey: t.primaryKey, rows: t.lines.length, sha256: hashes[i]! }))
  }
  return JSON.stringify(manifest)
}

/**
 * Lays out a backup file from lines already written: the manifest, the
 * tables' lines, the closing line. Exported so that tests can build files a
 * normal backup never contains (duplicate keys, forbidden field names).
 */
export async function assembleBackupFile(meta: BackupMeta, tables: readonly TableLines[]): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder()
  const encoded = tables.map((t) => t.lines.map((line) => encoder.encode(line)))
  const tableSizes = encoded.map((lines) => lines.reduce((sum, line) => sum + line.byteLength + 1, 0))
  // The manifest's length does not depend on the checksums (each is 64 hex digits), so the file is laid out once.
  const headerLength = encoder.encode(manifestLine(meta, tables, tables.map(() => PLACEHOLDER))).byteLength + 1
  const endLength = encoder.encode(JSON.stringify({ end: BACKUP_END, sha256: PLACEHOLDER })).byteLength + 1
  const bodyLength = tableSizes.reduce((sum, size) => sum + size, 0)
  const file = new Uint8Array(headerLength + bodyLength + endLength)

  let offset = headerLength
  const hashes: string[] = []
  for (const lines of encoded) {
    const start = offset
    for (const line of lines) {
      file.set(line, offset)
      offset += line.byteLength
      file[offset++] = NEWLINE
    }
    hashes.push(await sha256Hex(file.subarray(start, offset)))
  }
  file.set(encoder.encode(manifestLine(meta, tables, hashes) + '\n'), 0)
  const whole = await sha256Hex(file.subarray(0, offset))
  file.set(encoder.encode(JSON.stringify({ end: BACKUP_END, sha256: whole }) + '\n'), offset)
  return file
}
