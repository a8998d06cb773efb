import { useEffect, useRef } from 'react'
import type { CheckedBackup } from '../../../src/backup'
import { recordName, recordsName } from '../../../src/backup/row-schemas'
import { backupDate, plural } from './backup-words'

const SHOWN_TABLES = ['cases', 'events', 'letters', 'attachments'] as const

/** Asks before a restore: what the backup holds, from when, and that it replaces everything the app holds now. */
export function RestoreDialog({
  source,
  backup,
  currentCases,
  timeZone,
  onConfirm,
  onCancel
}: {
  source: string
  backup: CheckedBackup
  currentCases: number
  timeZone: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const count = (name: string) => backup.tables.find((t) => t.name === name)?.rows.length ?? 0
  const cases = count('cases')
  const { manifest } = backup
  return (
    <dialog
      ref={ref}
      className="restore-dialog"
      aria-labelledby="restore-title"
      aria-describedby="restore-what"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id="restore-title">Replace all the data with this backup?</h2>
      <p id="restore-what">
        This backup was made on <strong>{backupDate(manifest.createdAt, timeZone)}</strong> and holds{' '}
        <strong>{plural(cases, 'case')}</strong>.
      </p>
      <ul className="restore-contents">
        {SHOWN_TABLES.filter((name) => backup.tables.some((t) => t.name === name)).map((name) => (
          <li key={name}>
            {plural(count(name), recordName(name), recordsName(name))}
          </li>
        ))}
      </ul>
      <p className="restore-warning">
        Everything the app holds now — {plural(currentCases, 'case')}, with their history, letters and files, and the settings — will be
        replaced by the backup’s. A copy of the current data is saved in the backups folder first.
      </p>
      <p className="hint">From {source}; saved by Privacy Casebook {manifest.appVersion}.</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Replace my data with this backup
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
