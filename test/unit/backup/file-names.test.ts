import { describe, expect, it } from 'vitest'
import { automaticBackupName, BACKUP_REASONS, parseAutomaticBackupName } from '../../../src/backup/file-names'
import { isEncryptedBackup, readEnvelope } from '../../../src/backup/encrypted-envelope'

describe('automatic backup names', () => {
  it('are safe on every file system, sort by time and read back', () => {
    const at = new Date('2026-12-01T09:05:07.042Z')
    for (const reason of BACKUP_REASONS) {
      const name = automaticBackupName(at, reason)
      expect(name).toMatch(/^[A-Za-z0-9.-]+$/)
      expect(parseAutomaticBackupName(name)).toEqual({ createdAt: '2026-12-01T09:05:07.042Z', reason })
    }
    expect(automaticBackupName(at, 'daily')).toBe('casebook-2026-12-01T09-05-07-042Z-daily.casebook')
    const names = ['2026-12-01T10:00:00.000Z', '2026-11-30T23:59:59.999Z', '2027-01-01T00:00:00.000Z'].map((t) => automaticBackupName(new Date(t), 'daily'))
    expect([...names].sort()).toEqual([names[1], names[0], names[2]])
  })

  it('are not matched by other files', () => {
    for (const name of ['casebook-2026-13-01T10-00-00-000Z-daily.casebook', 'casebook-2026-12-01T10-00-00-000Z-weekly.casebook', 'notes.casebook', '../casebook-2026-12-01T10-00-00-000Z-daily.casebook', 'casebook-2026-02-30T10-00-00-000Z-daily.casebook']) {
      expect(parseAutomaticBackupName(name), name).toBeUndefined()
    }
  })
})

describe('the password-protected envelope', () => {
  const header = (kdf: Record<string, unknown>) =>
    new TextEncoder().encode(
      JSON.stringify({ format: 'privacy-casebook-encrypted-backup', formatVersion: 1, cipher: 'aes-256-gcm', kdf: { name: 'scrypt', salt: 'AAAAAAAAAAAAAAAAAAAAAA==', ...kdf }, iv: 'AAAAAAAAAAAAAAAA' }) + '\n' + 'x'.repeat(40)
    )
  it('is recognised from its first bytes', () => {
    expect(isEncryptedBackup(header({ N: 131072, r: 8, p: 1 }))).toBe(true)
    expect(isEncryptedBackup(new TextEncoder().encode('{"format":"privacy-casebook-backup"'))).toBe(false)
  })
  it('refuses key-derivation settings that would exhaust memory or time', () => {
    expect(readEnvelope(header({ N: 131072, r: 8, p: 1 }))).toBeDefined()
    for (const kdf of [{ N: 2 ** 21, r: 8, p: 1 }, { N: 2 ** 20, r: 8, p: 1 }, { N: 3000, r: 8, p: 1 }, { N: 131072, r: 8, p: 99 }]) {
      expect(readEnvelope(header(kdf)), JSON.stringify(kdf)).toBeUndefined()
    }
  })
})
