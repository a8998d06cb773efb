import { BackupError } from './errors'
import { isEncryptedBackup } from './encrypted-envelope'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  endLineSchema,
  manifestSchema,
  rowLineSchema,
  type BackupManifest
} from './format'
import { fromPortable } from './portable-value'
import { sha256Hex } from './sha256'

export interface DecodedTable {
  name: string
  primaryKey: string
  rows: unknown[]
}

export interface DecodedBackup {
  manifest: BackupManifest
  tables: DecodedTable[]
}

const NEWLINE = 0x0a
const START = new TextEncoder().encode(`{"format":"${BACKUP_FORMAT}"`)

const NOT_A_BACKUP = 'This file is not a Privacy Casebook backup. Choose a file saved by Privacy Casebook (its name ends in .casebook).'
const INCOMPLETE =
  'This backup file is incomplete: its end is missing, so it was probably cut short while it was being saved or copied. Restore another backup.'
const DAMAGED =
  'This backup file is damaged: its contents no longer match the checksum written when it was saved, so part of it has changed since. Restore another backup.'

function fault(kind: 'not-a-backup' | 'incomplete' | 'damaged', detail = ''): BackupError {
  const message = kind === 'not-a-backup' ? NOT_A_BACKUP : kind === 'incomplete' ? INCOMPLETE : DAMAGED
  return new BackupError(kind, detail ? message.replace(/\. Restore another backup\.$/, ` (${detail}). Restore another backup.`) : message)
}

function newer(what: string): BackupError {
  return new BackupError(
    'newer-version',
    `This backup was made by a newer version of Privacy Casebook (${what}). Install the newer version of Privacy Casebook to restore it.`
  )
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function parseLine(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes))
  } catch {
    return undefined
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

/** Where each line starts and ends (the end excludes its line break). */
function lineBounds(bytes: Uint8Array): [number, number][] {
  const bounds: [number, number][] = []
  let start = 0
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, start)) {
    bounds.push([start, i])
    start = i + 1
  }
  return bounds
}

/**
 * Reads and checks a whole backup file — format, version, closing checksum,
 * manifest, every table's count and checksum, every record's encoding —
 * before anything is done with it. Throws a BackupError saying what is wrong.
 */
export async function decodeBackup(bytes: Uint8Array, options: { newestSchemaVersion: number }): Promise<DecodedBackup> {
  if (bytes.byteLength === 0) throw new BackupError('not-a-backup', 'This file is empty: it is not a Privacy Casebook backup.')
  if (isEncryptedBackup(bytes)) {
    throw new BackupError('password-protected', 'This backup is protected by a password. Enter its password to restore it.')
  }
  const lines = lineBounds(bytes)
  const endsCleanly = bytes[bytes.byteLength - 1] === NEWLINE
  const first = lines[0] ? parseLine(bytes.subarray(...lines[0])) : undefined
  const last = endsCleanly && lines.length >= 2 ? endLineSchema.safeParse(parseLine(bytes.subarray(...lines.at(-1)!))) : undefined
  const bodyEnd = lines.length >= 2 ? lines.at(-1)![0] : 0

  const format = first && typeof first === 'object' ? (first as { format?: unknown }).format : undefined
  if (format !== BACKUP_FORMAT) {
    if (last?.success && (await sha256Hex(bytes.subarray(0, bodyEnd))) !== last.data.sha256) throw fault('damaged')
    if (!lines[0] && startsWith(bytes, START)) throw fault('incomplete')
    throw fault('not-a-backup')
  }
  if (!last?.success) throw fault('incomplete')
  if ((await sha256Hex(bytes.subarray(0, bodyEnd))) !== last.data.sha256) throw fault('damaged')

  const { formatVersion, schemaVersion } = first as { formatVersion?: unknown; schemaVersion?: unknown }
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) throw newer(`backup format ${formatVersion}`)
  if (typeof schemaVersion === 'number' && schemaVersion > options.newestSchemaVersion) throw newer(`database version ${schemaVersion}`)
  const parsed = manifestSchema.safeParse(first)
  if (!parsed.success) throw fault('damaged', 'its list of contents cannot be read')
  const manifest = parsed.data

  const rowLines = lines.slice(1, -1)
  const expected = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
  if (rowLines.length !== expected) throw fault('damaged', `it lists ${expected} records but holds ${rowLines.length}`)

  const tables: DecodedTable[] = []
  let next = 0
  for (const entry of manifest.tables) {
    const own = rowLines.slice(next, next + entry.rows)
    next += entry.rows
    const start = own[0]?.[0] ?? 0
    const end = own.length ? own.at(-1)![1] + 1 : 0
    if ((await sha256Hex(bytes.subarray(start, end))) !== entry.sha256) throw fault('damaged', `the ${entry.name} table does not match its checksum`)
    const rows = own.map(([from, to], i) => {
      const line = rowLineSchema.safeParse(parseLine(bytes.subarray(from, to)))
      if (!line.success || line.data.table !== entry.name) throw fault('damaged', `record ${i + 1} of the ${entry.name} table cannot be read`)
      return fromPortable(line.data.row, `record ${i + 1} of the ${entry.name} table`)
    })
    tables.push({ name: entry.name, primaryKey: entry.primaryKey, rows })
  }
  return { manifest, tables }
}

