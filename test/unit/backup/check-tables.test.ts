import { describe, expect, it } from 'vitest'
import { checkBackupFits, keepHigherCounters, type DecodedBackup, type LiveSchema } from '../../../src/backup'

const live: LiveSchema = {
  version: 2,
  tables: [
    { name: 'counters', primaryKey: 'key', autoIncrement: false, uniqueIndexes: [] },
    { name: 'tags', primaryKey: ['caseId', 'tag'], autoIncrement: false, uniqueIndexes: [] },
    { name: 'notes', primaryKey: 'id', autoIncrement: true, uniqueIndexes: ['slug'] }
  ]
}

function backup(schemaVersion: number, tables: { name: string; primaryKey: string; rows: unknown[] }[]): DecodedBackup {
  return {
    manifest: {
      format: 'privacy-casebook-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion,
      createdAt: '2026-12-01T10:00:00.000Z',
      tables: tables.map((t) => ({ name: t.name, primaryKey: t.primaryKey, rows: t.rows.length, sha256: '0'.repeat(64) }))
    },
    tables
  }
}

const counters = (rows: unknown[] = [{ key: 'reference-2026', value: 4 }]) => ({ name: 'counters', primaryKey: 'key', rows })
const tags = (rows: unknown[] = [{ caseId: 1, tag: 'urgent' }, { caseId: 2, tag: 'urgent' }]) => ({ name: 'tags', primaryKey: '[caseId+tag]', rows })
const notes = (rows: unknown[] = [{ id: 1, slug: 'a' }, { id: 2 }, { id: 3 }]) => ({ name: 'notes', primaryKey: 'id', rows })

const faultOf = (b: DecodedBackup) => {
  try {
    checkBackupFits(b, live)
  } catch (error) {
    return { fault: (error as { fault: string }).fault, message: (error as Error).message }
  }
  return undefined
}

describe('checking a backup against the live tables', () => {
  it('accepts every table in the live order, compound keys and missing unique values included', () => {
    const checked = checkBackupFits(backup(2, [notes(), counters(), tags()]), live)
    expect(checked.tables.map((t) => t.name)).toEqual(['counters', 'tags', 'notes'])
  })

  it('treats a table an older schema did not have as empty, but refuses it missing from the same schema', () => {
    expect(checkBackupFits(backup(1, [counters(), notes()]), live).tables[1]).toEqual({ name: 'tags', primaryKey: '[caseId+tag]', rows: [] })
    expect(faultOf(backup(2, [counters(), notes()]))?.fault).toBe('missing-table')
  })

  it('refuses bad keys, duplicate keys and duplicate unique values', () => {
    expect(faultOf(backup(2, [counters(), tags(), notes([{ id: 0 }])]))?.fault).toBe('invalid-record')
    expect(faultOf(backup(2, [counters(), tags(), notes([{ id: '1' }])]))?.fault).toBe('invalid-record')
    expect(faultOf(backup(2, [counters([{ value: 1 }]), tags(), notes()]))?.message).toMatch(/reference counter 1 has no valid key/)
    expect(faultOf(backup(2, [counters(), tags([{ caseId: 1, tag: 'x' }, { caseId: 1, tag: 'x' }]), notes()]))?.message).toMatch(/two records of the "tags" table with the same \[caseId\+tag\] \(1, x\)/)
    expect(faultOf(backup(2, [counters(), tags(), notes([{ id: 1, slug: 's' }, { id: 2, slug: 's' }])]))?.message).toMatch(/2 have the same slug \(s\)/)
    // 1 and "1" are different keys in IndexedDB.
    expect(faultOf(backup(2, [counters([{ key: 'a', value: 1 }, { key: 'b', value: 1 }]), tags([{ caseId: 1, tag: 'x' }, { caseId: '1', tag: 'x' }]), notes()]))).toBeUndefined()
  })

  it('checks each known table’s records with its schema', () => {
    expect(faultOf(backup(2, [counters([{ key: 'reference-2026', value: -1 }]), tags(), notes()]))?.message).toMatch(/reference counter 1 \(key reference-2026\) is not valid: value/)
  })

  it('refuses a table keyed differently from the live one', () => {
    expect(faultOf(backup(2, [counters(), { ...tags(), primaryKey: 'id' }, notes()]))?.fault).toBe('invalid-record')
  })
})

describe('reference counters after a restore', () => {
  it('keep the higher number of each year, and the years only one side has', () => {
    expect(
      keepHigherCounters(
        [{ key: 'reference-2025', value: 9 }, { key: 'reference-2026', value: 2 }],
        [{ key: 'reference-2026', value: 5 }, { key: 'reference-2027', value: 1 }]
      )
    ).toEqual([{ key: 'reference-2025', value: 9 }, { key: 'reference-2026', value: 5 }, { key: 'reference-2027', value: 1 }])
    expect(keepHigherCounters([{ key: 'reference-2026', value: 7 }], [{ key: 'reference-2026', value: 5 }])).toEqual([{ key: 'reference-2026', value: 7 }])
  })
})
