import type { z } from 'zod'
import { BackupError } from './errors'
import type { DecodedBackup, DecodedTable } from './decode'
import type { BackupManifest } from './format'
import { recordName, recordsName, rowSchemaOf } from './row-schemas'

export type KeyPath = string | readonly string[]

/** A table of the live database as its schema declares it (from Dexie's table.schema). */
export interface LiveTable {
  name: string
  /** undefined for a table whose keys are kept outside the records (not supported in backups). */
  primaryKey: KeyPath | undefined
  autoIncrement: boolean
  uniqueIndexes: readonly KeyPath[]
}

export interface LiveSchema {
  version: number
  tables: readonly LiveTable[]
}

/** A backup checked against the live database, ready to replace its data. */
export interface CheckedBackup {
  manifest: BackupManifest
  /** One entry per live table, in the live order; a table an older backup did not have is empty. */
  tables: DecodedTable[]
}

export function keyPathLabel(keyPath: KeyPath): string {
  return typeof keyPath === 'string' ? keyPath : `[${keyPath.join('+')}]`
}

function valueAt(row: unknown, path: string): unknown {
  let value: unknown = row
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

function keyOf(row: unknown, keyPath: KeyPath): unknown {
  return typeof keyPath === 'string' ? valueAt(row, keyPath) : keyPath.map((p) => valueAt(row, p))
}

function isValidKey(key: unknown, autoIncrement: boolean): boolean {
  if (autoIncrement) return typeof key === 'number' && Number.isSafeInteger(key) && key > 0
  if (typeof key === 'string') return true
  if (typeof key === 'number') return !Number.isNaN(key)
  if (key instanceof Date) return !Number.isNaN(key.getTime())
  return Array.isArray(key) && key.length > 0 && key.every((k) => isValidKey(k, false))
}

function keyText(key: unknown): string {
  return Array.isArray(key) ? key.map(keyText).join(', ') : key instanceof Date ? key.toISOString() : String(key)
}

function identity(key: unknown): string {
  return JSON.stringify(Array.isArray(key) ? key.map(identity) : [typeof key, key instanceof Date ? key.getTime() : key])
}

function refuse(fault: 'invalid-record' | 'duplicate-record' | 'unknown-table' | 'missing-table', message: string): never {
  throw new BackupError(fault, `This backup cannot be restored: ${message}`)
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the record'
  return /^(is|its|holds|has) /.test(issue.message) ? `${where} ${issue.message}` : `${where}: ${issue.message}`
}

function checkRows(table: DecodedTable, live: LiveTable): void {
  const schema = rowSchemaOf(table.name)
  const what = recordName(table.name)
  const whats = recordsName(table.name)
  const keyPath = live.primaryKey!
  const seen = new Set<string>()
  const unique = live.uniqueIndexes.map((index) => ({ index, seen: new Map<string, number>() }))
  table.rows.forEach((row, i) => {
    const n = i + 1
    if (row === null || typeof row !== 'object' || Array.isArray(row)) refuse('invalid-record', `${what} ${n} is not a record.`)
    const key = keyOf(row, keyPath)
    if (!isValidKey(key, live.autoIncrement)) refuse('invalid-record', `${what} ${n} has no valid ${keyPathLabel(keyPath)}.`)
    const result = schema.safeParse(row)
    if (!result.success) {
      refuse('invalid-record', `${what} ${n} (${keyPathLabel(keyPath)} ${keyText(key)}) is not valid: ${describeIssue(result.error.issues[0]!)}. The file may have been altered or made by another program.`)
    }
    if (seen.has(identity(key))) {
      refuse('duplicate-record', `it holds two ${whats} with the same ${keyPathLabel(keyPath)} (${keyText(key)}). The file may have been altered.`)
    }
    seen.add(identity(key))
    for (const { index, seen: values } of unique) {
      const value = keyOf(row, index)
      if (value === undefined || (Array.isArray(value) && value.includes(undefined))) continue
      const earlier = values.get(identity(value))
      if (earlier !== undefined) {
        refuse('duplicate-record', `${whats} ${earlier} and ${n} have the same ${keyPathLabel(index)} (${keyText(value)}), which must be unique. The file may have been altered.`)
      }
      values.set(identity(value), n)
    }
  })
}

/**
 * Checks a decoded backup against the live database's tables: every table
 * known and none missing, every record valid for its table, no two records
 * with one key. Throws a BackupError; the live data is never touched here.
 */
export function checkBackupFits(backup: DecodedBackup, live: LiveSchema): CheckedBackup {
  const liveByName = new Map(live.tables.map((t) => [t.name, t]))
  for (const table of backup.tables) {
    if (!liveByName.has(table.name)) {
      refuse('unknown-table', `it holds a kind of record ("${table.name}") that this version of Privacy Casebook does not know. It may come from another program.`)
    }
  }
  const inBackup = new Map(backup.tables.map((t) => [t.name, t]))
  const tables = live.tables.map((liveTable) => {
    const table = inBackup.get(liveTable.name)
    if (!table) {
      // An older database version did not have every table of today's; the same version must have them all.
      if (backup.manifest.schemaVersion < live.version) return { name: liveTable.name, primaryKey: keyPathLabel(liveTable.primaryKey ?? ''), rows: [] }
      refuse('missing-table', `its ${recordName(liveTable.name)} records (the "${liveTable.name}" table) are missing, so it is incomplete.`)
    }
    if (liveTable.primaryKey === undefined) {
      throw new BackupError('invalid-record', `This version of Privacy Casebook cannot restore the "${liveTable.name}" table; please report this.`)
    }
    if (table.primaryKey !== keyPathLabel(liveTable.primaryKey)) {
      refuse('invalid-record', `its "${table.name}" table is keyed by ${table.primaryKey}, not ${keyPathLabel(liveTable.primaryKey)} as this version expects.`)
    }
    checkRows(table, liveTable)
    return table
  })
  return { manifest: backup.manifest, tables }
}
