import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** An Electron event as listeners receive it: its details, plus preventDefault. */
export interface FakeEvent {
  defaultPrevented: boolean
  preventDefault(): void
  [detail: string]: unknown
}

export function fakeEvent(details: Record<string, unknown> = {}): FakeEvent {
  return {
    ...details,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
  processId: number
  routingId: number
}

let nextContentsId = 1

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string; isMainFrame: boolean }
) => void
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler
  }
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly mainFrame: FakeFrame
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  constructor(url = 'app://casebook/index.html') {
    super()
    this.mainFrame = { url, parent: null, processId: 7, routingId: this.id * 10 }
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  /** Messages main sent to this window's page (main → renderer events). */
  send = vi.fn((_channel: string, ..._args: unknown[]) => undefined)
  /** Answers as a user who chose a printer and pressed Print; a test may answer otherwise. */
  print = vi.fn((_options: Record<string, unknown>, callback?: (success: boolean, failureReason: string) => void) => {
    callback?.(true, '')
  })
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  static getAllWindows = vi.fn(() => FakeBrowserWindow.created.filter((window) => !window.destroyed))
  static fromWebContents = vi.fn(
    (contents: FakeWebContents) => FakeBrowserWindow.created.find((window) => window.webContents === contents) ?? null
  )
  readonly webContents = new FakeWebContents()
  destroyed = false
  minimized = false
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn(() => {
    this.minimized = false
  })
  isMinimized = vi.fn(() => this.minimized)
  /** As Electron: 'close' first, which a listener may prevent; otherwise the window is gone ('closed'). */
  close = vi.fn(() => {
    const event = fakeEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroyed = true
    this.emit('closed')
  })
  isDestroyed = vi.fn(() => this.destroyed)
  destroy = vi.fn(() => {
    this.destroyed = true
    this.emit('closed')
  })
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

class FakeNotification extends EventEmitter {
  static shown: { title: string; body: string }[] = []
  static isSupported = vi.fn(() => true)
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  show() {
    FakeNotification.shown.push({ title: this.options.title, body: this.options.body })
  }
}

function createFake() {
  const ready = deferred()
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: vi.fn((name: string) => `/fake/${name}`),
    setPath: vi.fn(),
    getVersion: vi.fn(() => '9.8.7'),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => ready.promise),
    isReady: vi.fn(() => false)
  })
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  return {
    ready,
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
        handlers.set(channel, listener)
      })
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: new FakeSession() },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' }) as { canceled: boolean; filePath: string }),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] }) as { canceled: boolean; filePaths: string[] })
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    Notification: FakeNotification,
    ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }) as unknown) })
  }
}

export type FakeElectron = ReturnType<typeof createFake>

declare global {
  var __casebookFakeElectron: FakeElectron | undefined
}

/**
 * The object `import ... from 'electron'` gives in unit tests (see
 * setup-electron-mock.ts, which reads it from globalThis so that it stays the
 * same object across vi.resetModules()).
 */
export const fakeElectron: FakeElectron = createFake()
globalThis.__casebookFakeElectron = fakeElectron

/** A clean Electron for the next test: no windows, no handlers, fresh spies. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.created = []
  FakeNotification.shown = []
  Object.assign(fakeElectron, createFake())
}
