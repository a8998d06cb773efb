import { useCallback, useEffect, useState } from 'react'
import { useOffice, officeToday } from '../../app/office'
import { Notice } from '../../components/Notice'
import { makeBackup } from '../../repositories/backup'
import { desktopApi } from '../../api'
import { appVersion } from './app-version'
import { BackupList, type BackupFile } from './BackupList'
import { restoreFailure } from './backup-words'
import { PasswordPrompt } from './PasswordPrompt'
import { RestoreDialog } from './RestoreDialog'
import { SaveBackup } from './SaveBackup'
import { useRestore } from './use-restore'
import './backups.css'

type Message = { tone: 'success' | 'error'; text: string } | null

/** Settings → Backups: make one now or save one anywhere (optionally with a password), and restore one. */
export function BackupsSection({ welcome = false }: { welcome?: boolean }) {
  const { db, settings } = useOffice()
  const api = desktopApi()
  const [listing, setListing] = useState<{ folder: string; backups: BackupFile[] } | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>(null)

  const refresh = useCallback(async () => {
    const result = await desktopApi().listBackups()
    if (result.ok) {
      setListing(result.value)
      setListError(null)
    } else setListError(result.error.message)
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  const restore = useRestore(db, () => void refresh())
  const { state } = restore

  async function act(work: () => Promise<string | undefined>) {
    setBusy(true)
    setMessage(null)
    try {
      const text = await work()
      if (text) setMessage({ tone: 'success', text })
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
      void refresh()
    }
  }

  const backUpNow = () =>
    act(async () => {
      const result = await api.writeBackup({ reason: 'by-hand', bytes: await makeBackup(db, await appVersion()) })
      if (!result.ok) throw new Error(`The backup was not made: ${result.error.message}`)
      return `Backup made in the backups folder (${result.value.backup?.name ?? ''}).`
    })

  const saveAs = (password?: string) =>
    act(async () => {
      const bytes = await makeBackup(db, await appVersion())
      const result = await api.saveBackupAs({ defaultName: `Privacy Casebook backup ${officeToday(settings)}.casebook`, bytes, ...(password ? { password } : {}) })
      if (!result.ok) throw new Error(`The backup was not saved: ${result.error.message}`)
      if (!result.value.saved) return undefined
      setSaving(false)
      return `Backup saved to ${result.value.path ?? 'the chosen file'}${result.value.encrypted ? ', protected by its password' : ''}.`
    })

  const working = busy || state.step === 'working'
  return (
    <section className="card backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="hint">
        A backup is one file holding everything: every case with its history, letters and attached files, and the settings.
      </p>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {state.step === 'done' && <Notice tone="success">{state.message}</Notice>}
      {state.step === 'failed' && (
        <Notice tone="error" title="The backup was not restored">
          <p>{state.message}</p>
        </Notice>
      )}
      {state.step === 'working' && <p role="status">{state.what}</p>}

      {!welcome && (
        <>
          <h3>Make a backup</h3>
          <div className="actions">
            <button type="button" onClick={() => void backUpNow()} disabled={working}>
              Back up now
            </button>
            <button type="button" onClick={() => setSaving(true)} disabled={working || saving} aria-expanded={saving}>
              Save a backup…
            </button>
          </div>
          {saving && <SaveBackup busy={working} onSave={(password) => void saveAs(password)} onCancel={() => setSaving(false)} />}
        </>
      )}

      <h3>Restore from a backup</h3>
      <p className="hint">
        The app backs up by itself once a day while it is open and each time it closes, into{' '}
        <span className="path">{listing?.folder ?? 'the backups folder'}</span>; the newest 14 are kept. Restoring replaces all the data in
        the app.
      </p>
      {listError && <Notice tone="error">The backups folder could not be read: {listError}</Notice>}
      {listing && (
        <BackupList backups={listing.backups} timeZone={settings.timeZone} busy={working} onRestore={(backup, source) => void restore.fromList(backup.name, source)} />
      )}
      <div className="actions">
        <button type="button" onClick={() => void restore.fromFile()} disabled={working}>
          Restore from a file…
        </button>
      </div>
      {state.step === 'password' && (
        <PasswordPrompt source={state.source} error={state.error} onUnlock={(password) => void restore.unlock(password).catch((e: unknown) => setMessage({ tone: 'error', text: restoreFailure(e) }))} onCancel={restore.cancel} />
      )}
      {state.step === 'confirm' && (
        <RestoreDialog
          source={state.source}
          backup={state.backup}
          currentCases={state.currentCases}
          timeZone={settings.timeZone}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      )}
    </section>
  )
}
