import { events } from '../../src/ipc/contract'
import { waitForQuitBackup } from './backup-signals'

/** The parts of Electron's app, BrowserWindow and event this flow uses, so it can be tested without Electron. */
export interface QuitEventLike {
  preventDefault(): void
}
export interface AppLike {
  on(event: 'before-quit', listener: (event: QuitEventLike) => void): unknown
  quit(): void
}
export interface WindowLike {
  on(event: 'close', listener: (event: QuitEventLike) => void): unknown
  isDestroyed(): boolean
  close(): void
  webContents: { send(channel: string, ...args: unknown[]): void }
}

/** How long quitting waits for the final backup before going ahead without it. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000

/**
 * Main holds no case data, so the final backup on quitting is the renderer's:
 * when the app quits or its window closes, main holds that back, asks the
 * window for a backup (events.backupRequested) and waits until the backup is
 * written or the timeout passes, then carries on.
 */
export function guardQuitForBackup(app: AppLike, options: { windows: () => WindowLike[]; timeoutMs?: number }) {
  const timeoutMs = options.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS
  const backedUp = new WeakSet<WindowLike>()
  let quitting = false
  let pending: Promise<void> | undefined

  const live = () => options.windows().filter((w) => !w.isDestroyed() && !backedUp.has(w))

  function finalBackup(windows: WindowLike[]): Promise<void> {
    pending ??= (async () => {
      const settled = waitForQuitBackup(timeoutMs)
      for (const window of windows) window.webContents.send(events.backupRequested.channel, { reason: 'on-quit' })
      await settled
      for (const window of windows) backedUp.add(window)
    })().finally(() => {
      pending = undefined
    })
    return pending
  }

  app.on('before-quit', (event) => {
    if (quitting) return
    const windows = live()
    if (windows.length === 0) return
    event.preventDefault()
    void finalBackup(windows).then(() => {
      quitting = true
      app.quit()
    })
  })

  return {
    /** Backs up before this window closes (closing the last window quits, and by then it could no longer answer). */
    watch(window: WindowLike): void {
      window.on('close', (event) => {
        if (quitting || backedUp.has(window)) return
        event.preventDefault()
        void finalBackup([window]).then(() => {
          if (!window.isDestroyed()) window.close()
        })
      })
    }
  }
}
