import { useEffect, type ReactNode } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { CasebookDb } from '../../db/database'
import { getAppLock } from '../../repositories/app-lock'
import { useIdleLock } from './use-idle-lock'
import { LockScreen } from './LockScreen'

/**
 * Shows the app, or covers it while the app lock is engaged. The app stays
 * mounted underneath (inert and hidden from assistive technology), so no
 * half-typed work is lost by locking.
 */
export function LockGate({ db, children }: { db: CasebookDb; children: ReactNode }) {
  const lock = useLiveQuery(async () => (await getAppLock(db)) ?? null, [db])
  if (lock === undefined) return <p className="loading">Opening…</p>
  return <Gate idleMinutes={lock?.idleMinutes} passcode={lock?.passcode}>{children}</Gate>
}

function Gate({ idleMinutes, passcode, children }: { idleMinutes?: number; passcode?: Parameters<typeof LockScreen>[0]['passcode']; children: ReactNode }) {
  const { locked, unlock } = useIdleLock(idleMinutes)
  useEffect(() => {
    document.documentElement.dataset.appState = 'ready'
  }, [])
  const engaged = locked && passcode !== undefined
  return (
    <>
      <div inert={engaged} aria-hidden={engaged || undefined} className={engaged ? 'locked-content' : undefined}>
        {children}
      </div>
      {engaged && <LockScreen passcode={passcode} onUnlock={unlock} />}
    </>
  )
}
