import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-origin'
import { PRELOAD_PATH } from './built-paths'

export const WINDOW_TITLE = 'Privacy Casebook'

// The ids of the webContents of windows this app created: only they may call IPC.
const appWindowContents = new Set<number>()

/** True when `webContents` belongs to a window made by `createMainWindow` and still open. */
export function isAppWindowContents(webContents: { id: number }): boolean {
  return appWindowContents.has(webContents.id)
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    // Written out here, not spread from a constant, so that security scanners (electronegativity) can read it.
    // Every window runs sandboxed and isolated, with no Node, and only the typed `window.api` from the preload.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Chromium's PDF viewer, for the letter preview (a blob: PDF in an iframe).
      plugins: true,
      preload: PRELOAD_PATH
    }
  })
  const contentsId = window.webContents.id
  appWindowContents.add(contentsId)
  window.webContents.once('destroyed', () => appWindowContents.delete(contentsId))
  window.once('ready-to-show', () => window.show())
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('The window could not load the app:', error instanceof Error ? error.message : error)
  })
  return window
}

/** Brings an existing window to the front (a second launch of the app lands here). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
