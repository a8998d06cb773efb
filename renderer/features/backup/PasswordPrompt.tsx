import { useState } from 'react'
import { Field } from '../../components/Field'

/** Asks for the password of a protected backup; the password goes to main to decrypt and is never kept. */
export function PasswordPrompt({ source, error, onUnlock, onCancel }: { source: string; error?: string; onUnlock: (password: string) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('')
  return (
    <form
      className="backup-panel"
      aria-label="Password of the backup"
      onSubmit={(event) => {
        event.preventDefault()
        if (password) onUnlock(password)
      }}
    >
      <p>{source.charAt(0).toUpperCase() + source.slice(1)} is protected by a password.</p>
      <Field label="Backup password" error={error}>
        <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={!password}>
          Open the backup
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
