import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../../src/ipc/contract'
import type { ServiceContext, ServiceTable } from '../../../src/ipc/service'
import { registerIpc, type IpcMainLike } from '../../../main/ipc/register'
import type { InvokeEventLike } from '../../../main/ipc/sender'
import { FakeWebContents, type FakeFrame } from './fake-electron'

const ctx: ServiceContext = {
  appVersion: '1.2.3',
  dataFolder: '/data',
  backupsFolder: '/backups',
  chooseSavePath: async () => undefined,
  chooseOpenPath: async () => undefined,
  notify: async () => false,
  print: async () => false
}

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

function bind(services: ServiceTable) {
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) }
  const appWindow = new FakeWebContents()
  registerIpc(ipcMain, services, { isAppWindow: (sender) => sender.id === appWindow.id, contextFor: () => ctx })
  const call = (event: InvokeEventLike, ...args: unknown[]) => listeners.get('app:info')!(event, ...args)
  return { listeners, appWindow, call }
}

function eventFrom(contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame): InvokeEventLike {
  return { sender: contents, senderFrame: frame }
}

const getAppInfo = vi.fn(async (_input: undefined, c: ServiceContext) => ({
  version: c.appVersion,
  dataFolder: c.dataFolder,
  backupsFolder: c.backupsFolder
}))
const services: ServiceTable = {
  getAppInfo,
  showNotification: async () => ({ shown: false }),
  saveFile: async () => ({ saved: false }),
  checkLetterLogo: async () => ({ format: 'png' }),
  renderLetter: async () => ({ bytes: new Uint8Array(), missingCharacters: [] }),
  renderLetters: async () => ({ files: [], missingCharacters: [] }),
  renderCombinedLetters: async () => ({ bytes: new Uint8Array() }),
  printLetter: async () => ({ printed: false }),
  renderReport: async () => ({ bytes: new Uint8Array() }),
  writeBackup: async () => ({ written: false }),
  listBackups: async () => ({ folder: '', backups: [] }),
  readBackup: async () => ({ name: '', bytes: new Uint8Array() }),
  openBackupFile: async () => ({ opened: false }),
  unlockBackup: async () => ({ bytes: new Uint8Array() }),
  saveBackupAs: async () => ({ saved: false, encrypted: false })
}

describe('registerIpc', () => {
  beforeEach(() => {
    getAppInfo.mockClear()
  })

  it('binds one handler per call of the contract, and no other', () => {
    const { listeners } = bind(services)
    expect([...listeners.keys()].sort()).toEqual([...channelNames].sort())
  })

  it('runs the service for the main frame of an app window', async () => {
    const { appWindow, call } = bind(services)
    expect(await call(eventFrom(appWindow), undefined)).toEqual({
      ok: true,
      value: { version: '1.2.3', dataFolder: '/data', backupsFolder: '/backups' }
    })
    expect(await call(eventFrom(appWindow))).toMatchObject({ ok: true })
  })

  const forbidden = { ok: false, error: { code: 'forbidden', message: expect.stringMatching(/\w/) } }

  it('refuses a page of another origin, even in an app window', async () => {
    const { appWindow, call } = bind(services)
    for (const url of ['https://attacker.example/', 'app://attacker/index.html', 'file:///tmp/x.html', 'about:blank', '']) {
      const frame = { ...appWindow.mainFrame, url }
      const contents = Object.assign(Object.create(appWindow) as FakeWebContents, { mainFrame: frame })
      expect(await call(eventFrom(contents, frame)), url).toEqual(forbidden)
    }
    expect(getAppInfo).not.toHaveBeenCalled()
  })

  it('refuses a subframe, even one showing the app’s own origin', async () => {
    const { appWindow, call } = bind(services)
    const iframe: FakeFrame = { url: 'app://casebook/index.html', parent: appWindow.mainFrame, processId: 7, routingId: 999 }
    expect(await call(eventFrom(appWindow, iframe))).toEqual(forbidden)
    const orphan: FakeFrame = { url: 'app://casebook/index.html', parent: null, processId: 7, routingId: 998 }
    expect(await call(eventFrom(appWindow, orphan))).toEqual(forbidden)
    expect(getAppInfo).not.toHaveBeenCalled()
  })

  it('refuses a window the app did not create, and a frame that is gone', async () => {
    const { appWindow, call } = bind(services)
    expect(await call(eventFrom(new FakeWebContents()))).toEqual(forbidden)
    expect(await call(eventFrom(appWindow, null))).toEqual(forbidden)
    expect(getAppInfo).not.toHaveBeenCalled()
  })

  it('refuses more than one argument', async () => {
    const { appWindow, call } = bind(services)
    expect(await call(eventFrom(appWindow), undefined, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    })
    expect(getAppInfo).not.toHaveBeenCalled()
  })

  it('validates the argument before the service runs', async () => {
    const { appWindow, call } = bind(services)
    expect(await call(eventFrom(appWindow), { path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    })
    expect(getAppInfo).not.toHaveBeenCalled()
  })

  it('turns a context that cannot be built into a failure with a message', async () => {
    const listeners = new Map<string, Listener>()
    const appWindow = new FakeWebContents()
    registerIpc({ handle: (channel, listener) => void listeners.set(channel, listener) }, services, {
      isAppWindow: () => true,
      contextFor: () => {
        throw new Error('The window was closed.')
      }
    })
    expect(await listeners.get('app:info')!(eventFrom(appWindow))).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The window was closed.' }
    })
  })
})
