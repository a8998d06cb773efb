import type { CasebookDb } from '../../db/database'
import type { DesktopApi } from '../../../src/ipc/contract'
import { dateInTimeZone } from '../../../src/domain/dates'
import { makeBackup } from '../../repositories/backup'

type BackupApi = Pick<DesktopApi, 'listBackups' | 'writeBackup'>

/**
 * The daily backup: unless the backups folder already holds one made today
 * (office date), or there is no case to back up, writes one. Returns the
 * name of the backup written, if any.
 */
export async function backUpIfDue(db: CasebookDb, api: BackupApi, options: { today: string; timeZone: string; appVersion: string }): Promise<string | undefined> {
  if ((await db.cases.count()) === 0) return undefined
  const listed = await api.listBackups()
  if (!listed.ok) throw new Error(listed.error.message)
  if (listed.value.backups.some((b) => dateInTimeZone(new Date(b.createdAt), options.timeZone) === options.today)) return undefined
  const written = await api.writeBackup({ reason: 'daily', bytes: await makeBackup(db, options.appVersion) })
  if (!written.ok) throw new Error(written.error.message)
  return written.value.backup?.name
}

/** The final backup main asks for when the app quits; main waits for this call (or a few seconds). */
export async function backUpOnQuit(db: CasebookDb, api: BackupApi, appVersion: string): Promise<void> {
  const written = await api.writeBackup({ reason: 'on-quit', bytes: await makeBackup(db, appVersion) })
  if (!written.ok) throw new Error(written.error.message)
}
