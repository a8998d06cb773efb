import { useEffect, useRef, useState } from 'react'
import { passcodeMatches, type PasscodeHash } from '../../../src/lock/passcode'

/** Covers the whole window until the passcode is typed; nothing of the cases shows behind it. */
export function LockScreen({ passcode, onUnlock }: { passcode: PasscodeHash; onUnlock: () => void }) {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  async function submit() {
    setChecking(true)
    setError(null)
    const ok = await passcodeMatches(value, passcode)
    setChecking(false)
    if (ok) onUnlock()
    else {
      setError('That passcode is not right. Try again.')
      setValue('')
      input.current?.focus()
    }
  }

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <form
        className="card lock-card"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <h1 id="lock-title">Privacy Casebook is locked</h1>
        <p>Type the passcode to carry on. Your work is kept.</p>
        <div className="field">
          <label htmlFor="unlock-passcode">Passcode</label>
          <input
            id="unlock-passcode"
            ref={input}
            type="password"
            autoComplete="current-password"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'unlock-error' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {error && (
            <p className="error" id="unlock-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={checking}>
          {checking ? 'Checking…' : 'Unlock'}
        </button>
      </form>
    </main>
  )
}
