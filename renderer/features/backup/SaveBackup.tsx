import { useState } from 'react'
import { Field } from '../../components/Field'

const MIN_PASSWORD = 8

/** "Save a backup…": where is asked by the system's dialog; a password is optional. */
export function SaveBackup({ busy, onSave, onCancel }: { busy: boolean; onSave: (password?: string) => void; onCancel: () => void }) {
  const [protect, setProtect] = useState(false)
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [tried, setTried] = useState(false)
  const tooShort = protect && password.length < MIN_PASSWORD ? `A backup password must have at least ${MIN_PASSWORD} characters.` : undefined
  const different = protect && !tooShort && repeat !== password ? 'The two passwords are not the same.' : undefined
  return (
    <form
      className="backup-panel"
      aria-label="Save a backup"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        setTried(true)
        if (tooShort || different) return
        onSave(protect ? password : undefined)
      }}
    >
      <label className="choice">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} /> Protect the backup with a password
      </label>
      {protect && (
        <>
          <p className="hint">
            The backup is encrypted with this password. Without it the backup cannot be restored, and the app does not keep it: store it
            somewhere safe.
          </p>
          <Field label="Password" error={tried ? tooShort : undefined}>
            <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <Field label="Repeat the password" error={tried ? different : undefined}>
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </Field>
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Choose where to save…
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
