import { BACKUP_REASON_LABELS } from '../../../src/backup/file-names'
import type { ApiOutput } from '../../../src/ipc/contract'
import { formatBytes } from '../../components/format-bytes'
import { backupDate } from './backup-words'

export type BackupFile = ApiOutput<'listBackups'>['backups'][number]

/** The backups in the backups folder, newest first, each with its Restore button. */
export function BackupList({
  backups,
  timeZone,
  busy,
  onRestore
}: {
  backups: BackupFile[]
  timeZone: string
  busy: boolean
  onRestore: (backup: BackupFile, description: string) => void
}) {
  if (backups.length === 0) return <p className="none">No automatic backup yet: the first is made today, once there is a case.</p>
  return (
    <table className="backup-table">
      <caption className="visually-hidden">Backups in the backups folder, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made on</th>
          <th scope="col">Kind</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const when = backupDate(backup.createdAt, timeZone)
          return (
            <tr key={backup.name} data-backup={backup.name}>
              <td>
                <time dateTime={backup.createdAt}>{when}</time>
              </td>
              <td>{BACKUP_REASON_LABELS[backup.reason]}</td>
              <td className="size">{formatBytes(backup.size)}</td>
              <td>
                <button type="button" disabled={busy} aria-label={`Restore the backup of ${when}`} onClick={() => onRestore(backup, `the backup of ${when}`)}>
                  Restore…
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
