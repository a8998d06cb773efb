import { beforeEach, describe, expect, it } from 'vitest'
import { createMainWindow, focusWindow, isAppWindowContents, WINDOW_TITLE } from '../../../main/window'
import { FakeBrowserWindow, resetFakeElectron } from './fake-electron'

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.created).toHaveLength(1)
  return FakeBrowserWindow.created[0]!
}

describe('the main window', () => {
  beforeEach(resetFakeElectron)

  it('is sandboxed, context-isolated, without Node, and loads only the built preload', () => {
    createMainWindow()
    const prefs = onlyWindow().options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    })
    expect(prefs.preload).toEqual(expect.stringMatching(/[\\/]preload[\\/]preload\.cjs$/))
  })

  it('is titled, hidden until ready to show, and loads the fixed app origin', () => {
    createMainWindow()
    const window = onlyWindow()
    expect(window.options).toMatchObject({ title: WINDOW_TITLE, show: false })
    expect(WINDOW_TITLE).toBe('Privacy Casebook')
    expect(window.loadURL).toHaveBeenCalledWith('app://casebook/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('knows its own webContents, and forgets them once destroyed', () => {
    createMainWindow()
    const contents = onlyWindow().webContents
    expect(isAppWindowContents(contents)).toBe(true)
    expect(isAppWindowContents({ id: contents.id + 1000 })).toBe(false)
    contents.emit('destroyed')
    expect(isAppWindowContents(contents)).toBe(false)
  })

  it('comes back to the front when focused from a second launch', () => {
    createMainWindow()
    const window = onlyWindow()
    window.minimized = true
    focusWindow(window as never)
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})
