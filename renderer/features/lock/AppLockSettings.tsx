import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { disableAppLock, enableAppLock, getAppLock } from '../../repositories/app-lock'
import { passcodeMatches, passcodeProblem } from '../../../src/lock/passcode'

const IDLE_CHOICES = [1, 5, 10, 15, 30, 60]

/** Turns the optional app lock on (passcode + idle timeout) or off (with the passcode). */
export function AppLockSettings() {
  const { db } = useOffice()
  const lock = useLiveQuery(async () => (await getAppLock(db)) ?? null, [db])
  const [passcode, setPasscode] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [idle, setIdle] = useState(10)
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function enable() {
    const problem = passcodeProblem(passcode, confirmation)
    if (problem) return setMessage({ tone: 'error', text: problem })
    setBusy(true)
    await enableAppLock(db, passcode, idle)
    setBusy(false)
    setPasscode('')
    setConfirmation('')
    setMessage({ tone: 'success', text: `The app lock is on: it locks at start and after ${idle} minute${idle === 1 ? '' : 's'} without use.` })
  }

  async function disable() {
    if (!lock) return
    setBusy(true)
    const ok = await passcodeMatches(passcode, lock.passcode)
    setBusy(false)
    if (!ok) return setMessage({ tone: 'error', text: 'That passcode is not right: the lock stays on.' })
    await disableAppLock(db)
    setPasscode('')
    setMessage({ tone: 'success', text: 'The app lock is off.' })
  }

  if (lock === undefined) return null
  return (
    <section className="card" aria-labelledby="lock-heading">
      <h2 id="lock-heading">App lock</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void (lock ? disable() : enable())
        }}
      >
        {lock ? (
          <>
            <p>
              On: the window is covered at start and after {lock.idleMinutes} minute{lock.idleMinutes === 1 ? '' : 's'} without
              use, until the passcode is typed. The passcode is kept only as a scrypt hash.
            </p>
            <div className="field">
              <label htmlFor="lock-current">Passcode (to turn the lock off)</label>
              <input id="lock-current" type="password" autoComplete="current-password" value={passcode} onChange={(e) => setPasscode(e.target.value)} />
            </div>
            <button type="submit" disabled={busy}>
              Turn the app lock off
            </button>
          </>
        ) : (
          <>
            <p>Off. With a passcode, the window is covered at start and after a time without use.</p>
            <div className="two-columns">
              <div className="field">
                <label htmlFor="lock-new">New passcode</label>
                <input id="lock-new" type="password" autoComplete="new-password" value={passcode} onChange={(e) => setPasscode(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="lock-confirm">The same passcode again</label>
                <input id="lock-confirm" type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
              </div>
            </div>
            <div className="field">
              <label htmlFor="lock-idle">Lock after</label>
              <select id="lock-idle" value={idle} onChange={(e) => setIdle(Number(e.target.value))}>
                {IDLE_CHOICES.map((m) => (
                  <option key={m} value={m}>
                    {m} minute{m === 1 ? '' : 's'} without use
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={busy}>
              {busy ? 'Turning on…' : 'Turn the app lock on'}
            </button>
          </>
        )}
      </form>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  )
}
