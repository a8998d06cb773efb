import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPrintWindow, printPdf } from '../../../main/print/print-window'
import { guardWebContents, isAllowedPrintNavigation } from '../../../main/security'
import { fakeEvent, FakeBrowserWindow, resetFakeElectron } from './fake-electron'

const PDF = new TextEncoder().encode('%PDF-1.7\n% a letter\n%%EOF\n')
let temp: string

beforeEach(() => {
  resetFakeElectron()
  temp = mkdtempSync(join(tmpdir(), 'print-window-'))
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

async function printWindowOf(printing: Promise<boolean>): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(FakeBrowserWindow.created[0]?.loadURL).toHaveBeenCalled())
  void printing.catch(() => undefined)
  return FakeBrowserWindow.created[0]!
}

/** The PDF viewer finished loading its frame: the window may print now. */
const viewerLoads = (window: FakeBrowserWindow) => window.webContents.emit('did-frame-finish-load', {}, false, 1, 2)

describe('the print window', () => {
  it('shows the PDF with the built-in viewer, sandboxed and isolated, with no Node and no preload, hidden', () => {
    const owner = new FakeBrowserWindow({})
    createPrintWindow(owner as never)
    const window = FakeBrowserWindow.created[1]!
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(prefs).not.toHaveProperty('preload')
    expect(window.options).toMatchObject({ show: false, parent: owner })
  })

  it('loads the PDF from a temporary file, opens the print dialog once the viewer is ready, then removes window and file', async () => {
    const printing = printPdf(PDF, { tempFolder: temp, viewerTimeoutMs: 60_000 })
    const window = await printWindowOf(printing)
    const url = window.loadURL.mock.calls[0]![0]
    expect(url).toMatch(/^file:\/\/.*\/letter\.pdf$/)
    const file = fileURLToPath(url)
    expect(readFileSync(file)).toEqual(Buffer.from(PDF))
    expect(window.webContents.print).not.toHaveBeenCalled()

    viewerLoads(window)
    expect(await printing).toBe(true)
    expect(window.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function))
    expect(window.destroy).toHaveBeenCalled()
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(temp)).toEqual([])
  })

  it('answers false when the user cancels the print dialog, and says so in words when printing fails', async () => {
    const cancelled = printPdf(PDF, { tempFolder: temp, viewerTimeoutMs: 60_000 })
    const first = await printWindowOf(cancelled)
    first.webContents.print.mockImplementation((_options, callback) => callback?.(false, 'cancelled'))
    viewerLoads(first)
    expect(await cancelled).toBe(false)

    FakeBrowserWindow.created = []
    const failing = printPdf(PDF, { tempFolder: temp, viewerTimeoutMs: 60_000 })
    const second = await printWindowOf(failing)
    second.webContents.print.mockImplementation((_options, callback) => callback?.(false, 'failed'))
    viewerLoads(second)
    await expect(failing).rejects.toThrow(/could not be printed \(failed\).*Save it as a PDF/)
    expect(readdirSync(temp)).toEqual([])
  })

  it('prints anyway when the viewer never reports its frame, after the wait', async () => {
    const printing = printPdf(PDF, { tempFolder: temp, viewerTimeoutMs: 10 })
    expect(await printing).toBe(true)
    expect(FakeBrowserWindow.created[0]!.webContents.print).toHaveBeenCalledTimes(1)
  })

  it('lets the print window’s frames show its own file and the PDF viewer, and only while it prints', async () => {
    const printing = printPdf(PDF, { tempFolder: temp, viewerTimeoutMs: 60_000 })
    const window = await printWindowOf(printing)
    const contents = window.webContents
    guardWebContents(contents as unknown as WebContents)
    const url = window.loadURL.mock.calls[0]![0]
    const navigate = (to: string, isMainFrame = false) => {
      const event = fakeEvent({ url: to, isMainFrame })
      contents.emit('will-frame-navigate', event)
      return !event.defaultPrevented
    }
    expect(navigate(url, true)).toBe(true)
    expect(navigate('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(false)
    expect(navigate('https://attacker.example/')).toBe(false)
    expect(isAllowedPrintNavigation(contents.id + 1, url)).toBe(false)

    viewerLoads(window)
    await printing
    expect(navigate(url, true)).toBe(false)
  })
})
