import { z } from 'zod'

/**
 * The backup file format (docs/backup-format.md): UTF-8 JSON lines. The
 * first line is the manifest, then one line per stored record, table by
 * table in the manifest's order, then the closing line with the SHA-256 of
 * everything before it. Every later format version keeps that first and
 * last line, so that any version can recognise, check and refuse it.
 */
export const BACKUP_FORMAT = 'privacy-casebook-backup'
export const BACKUP_FORMAT_VERSION = 1
export const BACKUP_END = 'privacy-casebook-backup-end'
/** The file name extension of a backup, plain or password-protected. */
export const BACKUP_EXTENSION = 'casebook'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
export const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

export const tableEntrySchema = z.strictObject({
  name: z.string().regex(TABLE_NAME),
  /** The key path of the table's primary key, e.g. "id" or "key"; "[a+b]" for a compound key. */
  primaryKey: z.string().min(1).max(200),
  rows: z.number().int().min(0),
  sha256
})

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().min(1).max(50),
  /** The Dexie schema version (db.verno) the data was read from. */
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  tables: z
    .array(tableEntrySchema)
    .max(200)
    .refine((tables) => new Set(tables.map((t) => t.name)).size === tables.length, { message: 'a table is listed twice' })
})
export type BackupManifest = z.output<typeof manifestSchema>
export type BackupTableEntry = z.output<typeof tableEntrySchema>

export const endLineSchema = z.strictObject({ end: z.literal(BACKUP_END), sha256 })

export const rowLineSchema = z.strictObject({ table: z.string().regex(TABLE_NAME), row: z.unknown() })

/** What the app knows of a backup without reading its records. */
export interface BackupFacts {
  appVersion: string
  schemaVersion: number
  createdAt: string
  rows: Record<string, number>
}

export function factsOf(manifest: BackupManifest): BackupFacts {
  return {
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    rows: Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))
  }
}
