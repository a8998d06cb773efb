import { describe, expect, it } from 'vitest'
import { assembleBackupFile, decodeBackup, encodeBackup, type BackupFault, type TableContents } from '../../../src/backup'
import { BACKUP_FORMAT } from '../../../src/backup/format'
import { sha256Hex } from '../../../src/backup/sha256'

const meta = { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-12-01T10:00:00.000Z' }
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a, 0x0d])
const tables: TableContents[] = [
  {
    name: 'letters',
    primaryKey: 'id',
    rows: [
      { id: 1, caseId: 7, pdf, sentOn: new Date('2026-11-30T09:00:00.000Z'), note: 'Ελένη “quoted”\nline' },
      { id: 2, caseId: 7, pdf: new Uint8Array(0), nested: { list: [1, 'two', null, true], empty: {} } }
    ]
  },
  { name: 'settings', primaryKey: 'key', rows: [{ key: 'office', value: { staffName: 'Priya Shah' } }] },
  { name: 'empty', primaryKey: 'id', rows: [] }
]

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const lines = (bytes: Uint8Array) => text(bytes).split('\n').slice(0, -1)

async function faultOf(bytes: Uint8Array, newestSchemaVersion = 1): Promise<{ fault: BackupFault; message: string }> {
  try {
    await decodeBackup(bytes, { newestSchemaVersion })
  } catch (error) {
    const e = error as { fault: BackupFault; message: string }
    return { fault: e.fault, message: e.message }
  }
  throw new Error('the file was accepted')
}

describe('a backup file', () => {
  it('round-trips every table, bytes and dates included', async () => {
    const decoded = await decodeBackup(await encodeBackup(meta, tables), { newestSchemaVersion: 1 })
    expect(decoded.tables.map((t) => t.name)).toEqual(['letters', 'settings', 'empty'])
    expect(decoded.tables).toEqual(tables.map((t) => ({ name: t.name, primaryKey: t.primaryKey, rows: t.rows })))
    const letter = decoded.tables[0]!.rows[0] as { pdf: Uint8Array; sentOn: Date }
    expect(letter.pdf).toBeInstanceOf(Uint8Array)
    expect([...letter.pdf]).toEqual([...pdf])
    expect(letter.sentOn).toBeInstanceOf(Date)
  })

  it('carries the format, versions, counts and a SHA-256 per table and for the whole', async () => {
    const bytes = await encodeBackup(meta, tables)
    const all = lines(bytes)
    const manifest = JSON.parse(all[0]!)
    expect(manifest).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 1, appVersion: '0.1.0', schemaVersion: 1, createdAt: meta.createdAt })
    expect(manifest.tables.map((t: { name: string; rows: number }) => [t.name, t.rows])).toEqual([['letters', 2], ['settings', 1], ['empty', 0]])
    const enc = new TextEncoder()
    expect(manifest.tables[0].sha256).toBe(await sha256Hex(enc.encode(all[1] + '\n' + all[2] + '\n')))
    expect(manifest.tables[2].sha256).toBe(await sha256Hex(new Uint8Array(0)))
    const end = JSON.parse(all.at(-1)!)
    expect(end.sha256).toBe(await sha256Hex(enc.encode(all.slice(0, -1).join('\n') + '\n')))
    expect(JSON.parse(all[1]!).row.pdf).toEqual({ $bytes: 'JVBERi0A/woN' })
  })

  it('refuses what a backup cannot carry rather than lose it', async () => {
    for (const value of [Number.NaN, Infinity, new Map(), () => 1, new Date('nope'), { $bytes: 'AA==' }, [undefined]]) {
      await expect(encodeBackup(meta, [{ name: 't', primaryKey: 'id', rows: [{ id: 1, value }] }])).rejects.toMatchObject({ fault: 'cannot-back-up' })
    }
  })
})

describe('reading a backup refuses', () => {
  it('an empty file, a text file and another program’s JSON', async () => {
    expect((await faultOf(new Uint8Array(0))).fault).toBe('not-a-backup')
    expect((await faultOf(new TextEncoder().encode('hello\nworld\n'))).fault).toBe('not-a-backup')
    // A wrong format name with checksums that match it: someone else's file.
    const manifest = JSON.stringify({ ...JSON.parse(lines(await assembleBackupFile(meta, []))[0]!), format: 'someone-elses-backup' }) + '\n'
    const end = JSON.stringify({ end: 'privacy-casebook-backup-end', sha256: await sha256Hex(new TextEncoder().encode(manifest)) }) + '\n'
    const wrongName = await faultOf(new TextEncoder().encode(manifest + end))
    expect(wrongName.fault).toBe('not-a-backup')
    expect(wrongName.message).toMatch(/^This file is not a Privacy Casebook backup\..*Your current data has not been changed\.$/)
    // The same name changed inside a real backup: damage.
    const renamed = new TextEncoder().encode(text(await assembleBackupFile(meta, [])).replace(BACKUP_FORMAT, 'privacy-casebook-backuq'))
    expect((await faultOf(renamed)).fault).toBe('damaged')
  })

  it('a file cut short at any point', async () => {
    const bytes = await encodeBackup(meta, tables)
    for (const size of [40, lines(bytes)[0]!.length + 1, Math.floor(bytes.length / 2), bytes.length - 2, bytes.length - 1]) {
      const { fault, message } = await faultOf(bytes.subarray(0, size))
      expect(fault, `cut at ${size}`).toBe('incomplete')
      expect(message).toMatch(/cut short/)
    }
  })

  it('any single flipped byte', async () => {
    const bytes = await encodeBackup(meta, tables)
    for (let i = 0; i < bytes.length; i += 7) {
      const copy = bytes.slice()
      copy[i] = copy[i]! ^ 0x04
      const { fault } = await faultOf(copy)
      expect(['damaged', 'incomplete', 'not-a-backup'], `byte ${i}`).toContain(fault)
    }
  })

  it('a file from a newer format or database version, saying to install it', async () => {
    const newerSchema = await faultOf(await assembleBackupFile({ ...meta, schemaVersion: 2 }, []), 1)
    expect(newerSchema.fault).toBe('newer-version')
    expect(newerSchema.message).toMatch(/newer version of Privacy Casebook.*Install the newer version/)
    const bytes = await assembleBackupFile(meta, [])
    const manifest = { ...JSON.parse(lines(bytes)[0]!), formatVersion: 2 }
    const rebuilt = new TextEncoder().encode(JSON.stringify(manifest) + '\n')
    const end = JSON.stringify({ end: 'privacy-casebook-backup-end', sha256: await sha256Hex(rebuilt) }) + '\n'
    const newerFormat = await faultOf(new TextEncoder().encode(text(rebuilt) + end))
    expect(newerFormat.fault).toBe('newer-version')
  })

  it('forbidden field names and malformed markers, even with valid checksums', async () => {
    const crafted = async (row: string) =>
      faultOf(await assembleBackupFile(meta, [{ name: 'settings', primaryKey: 'key', lines: [`{"table":"settings","row":${row}}`] }]))
    for (const row of ['{"key":"a","__proto__":{"admin":true}}', '{"key":"a","value":{"constructor":{"prototype":1}}}', '{"key":"a","value":{"$bytes":"not base64!"}}', '{"key":"a","value":{"$date":"soon"}}']) {
      const { fault, message } = await crafted(row)
      expect(fault, row).toBe('invalid-record')
      expect(message).toMatch(/cannot be restored/)
    }
  })

  it('records that do not belong to the table they are counted in', async () => {
    const bytes = await assembleBackupFile(meta, [
      { name: 'a', primaryKey: 'id', lines: ['{"table":"b","row":{"id":1}}'] },
      { name: 'b', primaryKey: 'id', lines: [] }
    ])
    expect((await faultOf(bytes)).fault).toBe('damaged')
  })
})
