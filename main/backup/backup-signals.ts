/**
 * Lets the quit flow learn that the renderer's final backup has been
 * written (or has failed), without the backup service knowing about quitting.
 */
type Listener = () => void
const listeners = new Set<Listener>()

export function signalQuitBackupSettled(): void {
  for (const listener of [...listeners]) listener()
}

/** Resolves at the next quit backup written or failed, or after `timeoutMs`; true when it settled in time. */
export function waitForQuitBackup(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (settled: boolean) => {
      clearTimeout(timer)
      listeners.delete(listener)
      resolve(settled)
    }
    const listener = () => done(true)
    const timer = setTimeout(() => done(false), timeoutMs)
    listeners.add(listener)
  })
}
