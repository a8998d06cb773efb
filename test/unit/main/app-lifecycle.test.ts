import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeElectron, fakeEvent, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fake-electron'

async function startApp(): Promise<void> {
  vi.resetModules()
  await import('../../../main/index')
}

async function becomeReady(): Promise<void> {
  fakeElectron.ready.resolve()
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1))
}

const realPlatform = process.platform
function pretendPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

describe('the app', () => {
  beforeEach(() => {
    resetFakeElectron()
  })
  afterEach(() => {
    pretendPlatform(realPlatform)
    vi.unstubAllEnvs()
  })

  it('before ready: sandboxes every renderer, registers app:// as privileged and guards new webContents', async () => {
    await startApp()
    expect(fakeElectron.app.enableSandbox).toHaveBeenCalled()
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(fakeElectron.app.listenerCount('web-contents-created')).toBe(1)
    expect(fakeElectron.app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(fakeElectron.protocol.handle).not.toHaveBeenCalled()
    expect(FakeBrowserWindow.created).toHaveLength(0)
  })

  it('keeps its data in a folder named for the app, whatever launched it', async () => {
    await startApp()
    expect(fakeElectron.app.setPath).toHaveBeenCalledWith('userData', join('/fake/appData', 'Privacy Casebook'))
  })

  it('takes a fresh profile folder from CASEBOOK_USER_DATA_DIR (tests)', async () => {
    vi.stubEnv('CASEBOOK_USER_DATA_DIR', '/tmp/profile-1')
    await startApp()
    expect(fakeElectron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/profile-1')
  })

  it('once ready: serves app://, guards the session, binds IPC, has no menu and opens the window', async () => {
    pretendPlatform('linux')
    await startApp()
    await becomeReady()
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fakeElectron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function')
    expect(fakeElectron.session.defaultSession.permissionCheckHandler).toBeTypeOf('function')
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    const window = FakeBrowserWindow.created[0]!
    expect(window.loadURL).toHaveBeenCalledWith('app://casebook/index.html')

    const getAppInfo = fakeElectron.ipcMain.handlers.get('app:info')!
    const contents = window.webContents
    expect(await getAppInfo({ sender: contents, senderFrame: contents.mainFrame }, undefined)).toEqual({
      ok: true,
      value: {
        version: '9.8.7',
        dataFolder: '/fake/userData',
        backupsFolder: join('/fake/documents', 'Privacy Casebook', 'Backups')
      }
    })
    const stranger = new FakeWebContents()
    expect(await getAppInfo({ sender: stranger, senderFrame: stranger.mainFrame }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })

  it('a second launch quits at once and brings the first one’s window forward (or opens one)', async () => {
    await startApp()
    await becomeReady()
    const window = FakeBrowserWindow.created[0]!
    fakeElectron.app.emit('second-instance', fakeEvent(), [], '/')
    expect(window.focus).toHaveBeenCalled()
    expect(FakeBrowserWindow.created).toHaveLength(1)

    window.emit('closed')
    fakeElectron.app.isReady.mockReturnValue(true)
    fakeElectron.app.emit('second-instance', fakeEvent(), [], '/')
    expect(FakeBrowserWindow.created).toHaveLength(2)

    resetFakeElectron()
    fakeElectron.app.requestSingleInstanceLock.mockReturnValue(false)
    await startApp()
    expect(fakeElectron.app.quit).toHaveBeenCalled()
    expect(fakeElectron.app.whenReady).not.toHaveBeenCalled()
  })

  it('quits when its last window closes, except on macOS', async () => {
    await startApp()
    pretendPlatform('linux')
    fakeElectron.app.emit('window-all-closed')
    expect(fakeElectron.app.quit).toHaveBeenCalledTimes(1)
    pretendPlatform('darwin')
    fakeElectron.app.emit('window-all-closed')
    expect(fakeElectron.app.quit).toHaveBeenCalledTimes(1)
  })
})
