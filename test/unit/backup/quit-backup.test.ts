import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { encodeBackup } from '../../../src/backup'
import { fakeElectron, fakeEvent, FakeBrowserWindow, resetFakeElectron } from '../main/fake-electron'

// main/index.ts with the fake Electron: quitting, or closing the window, waits
// for the renderer's final backup (or a timeout) before going ahead.

async function startApp(): Promise<FakeBrowserWindow> {
  vi.resetModules()
  await import('../../../main/index')
  fakeElectron.ready.resolve()
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1))
  return FakeBrowserWindow.created[0]!
}

/** What the renderer does when asked: it sends its backup (here of a database with no case, which main skips). */
async function rendererAnswers(window: FakeBrowserWindow) {
  const bytes = await encodeBackup({ appVersion: '0.1.0', schemaVersion: 1, createdAt: new Date().toISOString() }, [
    { name: 'cases', primaryKey: 'id', rows: [] }
  ])
  const write = fakeElectron.ipcMain.handlers.get('backups:write')!
  const contents = window.webContents
  return write({ sender: contents, senderFrame: contents.mainFrame }, { reason: 'on-quit', bytes })
}

const askedForBackup = (window: FakeBrowserWindow) =>
  window.webContents.send.mock.calls.filter(([channel]) => channel === 'backups:requested')

describe('the final backup on quitting', () => {
  beforeEach(() => resetFakeElectron())
  afterEach(() => vi.useRealTimers())

  it('holds the quit back, asks the window for a backup, and quits once it is written', async () => {
    const window = await startApp()
    const quit = fakeEvent()
    fakeElectron.app.emit('before-quit', quit)
    expect(quit.defaultPrevented).toBe(true)
    expect(askedForBackup(window)).toEqual([['backups:requested', { reason: 'on-quit' }]])
    expect(fakeElectron.app.quit).not.toHaveBeenCalled()

    expect(await rendererAnswers(window)).toMatchObject({ ok: true, value: { written: false } })
    await vi.waitFor(() => expect(fakeElectron.app.quit).toHaveBeenCalledTimes(1))
    // The quit that follows goes through, and so does the window closing with it.
    const again = fakeEvent()
    fakeElectron.app.emit('before-quit', again)
    expect(again.defaultPrevented).toBe(false)
    window.close()
    expect(window.destroyed).toBe(true)
    expect(askedForBackup(window)).toHaveLength(1)
  })

  it('quits anyway when no backup comes within five seconds', async () => {
    const window = await startApp()
    vi.useFakeTimers()
    fakeElectron.app.emit('before-quit', fakeEvent())
    await vi.advanceTimersByTimeAsync(4900)
    expect(fakeElectron.app.quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(fakeElectron.app.quit).toHaveBeenCalledTimes(1)
    expect(askedForBackup(window)).toHaveLength(1)
  })

  it('backs up before the window closes (the last window closing quits the app)', async () => {
    const window = await startApp()
    window.close()
    expect(window.destroyed).toBe(false)
    expect(askedForBackup(window)).toHaveLength(1)
    await rendererAnswers(window)
    await vi.waitFor(() => expect(window.destroyed).toBe(true))
    expect(window.close).toHaveBeenCalledTimes(2)
    // With no window left, quitting has nobody to ask and is not held back.
    const quit = fakeEvent()
    fakeElectron.app.emit('before-quit', quit)
    expect(quit.defaultPrevented).toBe(false)
  })
})

describe('the preload’s onBackupRequested', () => {
  beforeEach(() => resetFakeElectron())

  it('calls back for main’s request only, and stops when unsubscribed', async () => {
    vi.resetModules()
    await import('../../../main/preload')
    const api = fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as { onBackupRequested(cb: () => void): () => void }
    const callback = vi.fn()
    const unsubscribe = api.onBackupRequested(callback)
    fakeElectron.ipcRenderer.emit('backups:requested', {}, { reason: 'on-quit' })
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledWith()
    fakeElectron.ipcRenderer.emit('backups:requested', {}, { reason: 'on-quit', extra: 'x' })
    fakeElectron.ipcRenderer.emit('backups:other', {}, { reason: 'on-quit' })
    expect(callback).toHaveBeenCalledTimes(1)
    unsubscribe()
    fakeElectron.ipcRenderer.emit('backups:requested', {}, { reason: 'on-quit' })
    expect(callback).toHaveBeenCalledTimes(1)
    expect(fakeElectron.ipcRenderer.listenerCount('backups:requested')).toBe(0)
  })
})
