import { vi } from 'vitest'

// Electron's own package would try to download its binary when imported, and
// its APIs only exist inside Electron. Unit tests get the fake from
// ./main/fake-electron.ts instead, built lazily: a test that never imports
// 'electron' never loads it. Every export is a getter on the current fake, so
// resetFakeElectron() and vi.resetModules() keep code and test on one object.
vi.mock('electron', async () => {
  if (!globalThis.__casebookFakeElectron) await import('./main/fake-electron')
  const names = ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'session', 'shell', 'dialog', 'Menu', 'contextBridge', 'ipcRenderer', 'Notification'] as const
  const module: Record<string, unknown> = {}
  for (const name of names) {
    Object.defineProperty(module, name, { enumerable: true, get: () => globalThis.__casebookFakeElectron![name] })
  }
  Object.defineProperty(module, 'default', { enumerable: false, get: () => module })
  return module
})
