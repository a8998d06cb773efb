import type { Table } from 'dexie'
import type { CasebookDb } from '../db/database'
import type { Case } from '../../src/domain/case'
import {
  BackupError,
  checkBackupFits,
  COUNTERS_TABLE,
  decodeBackup,
  encodeBackup,
  keepHigherCounters,
  keyPathLabel,
  type CheckedBackup,
  type KeyPath,
  type LiveSchema
} from '../../src/backup'

function primaryKeyOf(table: Table): KeyPath | undefined {
  const keyPath = table.schema.primKey.keyPath
  return keyPath === undefined || keyPath === null || keyPath === '' ? undefined : keyPath
}

/** Every table of the database as its schema declares it: what a backup must hold and a restore must fit. */
export function liveSchema(db: CasebookDb): LiveSchema {
  return {
    version: db.verno,
    tables: db.tables.map((table) => ({
      name: table.name,
      primaryKey: primaryKeyOf(table),
      autoIncrement: !!table.schema.primKey.auto,
      uniqueIndexes: table.schema.indexes.filter((i) => i.unique && !i.multi && i.keyPath).map((i) => i.keyPath as KeyPath)
    }))
  }
}

/** The search heads are the database's own index data, rebuilt on every write, so a backup leaves them out. */
function withoutDerived(row: unknown): unknown {
  const { searchHeads: _, ...rest } = row as Case
  return rest
}

/** The whole database, every table read in one transaction (so one consistent moment), as a backup file. */
export async function makeBackup(db: CasebookDb, appVersion: string, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const contents = await db.transaction('r', db.tables, () =>
    Promise.all(
      db.tables.map(async (table) => {
        const primaryKey = primaryKeyOf(table)
        if (!primaryKey) {
          throw new BackupError('cannot-back-up', `The backup could not be made: the "${table.name}" table keeps its keys outside its records. Nothing was saved; please report this.`)
        }
        const rows = await table.toArray()
        return { name: table.name, primaryKey: keyPathLabel(primaryKey), rows: table.name === 'cases' ? rows.map(withoutDerived) : rows }
      })
    )
  )
  return encodeBackup({ appVersion, schemaVersion: db.verno, createdAt: now.toISOString() }, contents)
}

/** Reads and checks a backup file completely against this database; nothing is changed. Throws a BackupError. */
export async function checkBackup(db: CasebookDb, bytes: Uint8Array): Promise<CheckedBackup> {
  const schema = liveSchema(db)
  return checkBackupFits(await decodeBackup(bytes, { newestSchemaVersion: schema.version }), schema)
}

/**
 * Replaces all the data with a checked backup's, in one transaction: if any
 * write fails, IndexedDB rolls everything back and the data stays as it was.
 * Reference counters keep the higher number, so no reference is given twice.
 */
export async function restoreBackup(db: CasebookDb, backup: CheckedBackup): Promise<void> {
  const names = new Set(db.tables.map((t) => t.name))
  if (backup.tables.length !== names.size || backup.tables.some((t) => !names.has(t.name))) {
    throw new Error('This backup was checked against another version of the database. Choose it again; nothing has been changed.')
  }
  await db.transaction('rw', db.tables, async () => {
    const liveCounters = names.has(COUNTERS_TABLE) ? await db.table(COUNTERS_TABLE).toArray() : []
    for (const table of db.tables) await table.clear()
    for (const table of backup.tables) {
      const rows = table.name === COUNTERS_TABLE ? keepHigherCounters(table.rows, liveCounters) : table.rows
      if (rows.length) await db.table(table.name).bulkAdd(rows)
    }
  })
}

/** How many cases the app holds now, for the restore dialog. */
export function countCases(db: CasebookDb): Promise<number> {
  return db.cases.count()
}
