import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, type WebContents } from 'electron'
import { allowPrintFile } from '../security'

export interface PrintOptions {
  /** The window the print dialog belongs to. */
  owner?: BrowserWindow | null
  /** Where the PDF is written while it prints (the system's temporary folder). */
  tempFolder: string
  /** How long to wait for the PDF viewer to show the letter before printing anyway. */
  viewerTimeoutMs?: number
}

/**
 * A hidden window that shows one PDF in Chromium's built-in viewer (plugins on), sandboxed
 * and isolated, with no preload: nothing in it can reach the app.
 */
export function createPrintWindow(owner?: BrowserWindow | null): BrowserWindow {
  return new BrowserWindow({
    title: 'Print letter',
    show: false,
    width: 900,
    height: 1100,
    ...(owner ? { parent: owner } : {}),
    // Written out here, not spread from a constant, so that security scanners (electronegativity) can read it.
    webPreferences: {
      plugins: true,
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
      javascript: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
}

/** Resolves once a subframe (the PDF viewer) has finished loading, or after `timeoutMs`. */
function viewerLoaded(contents: WebContents, timeoutMs: number): { ready: Promise<void>; stop: () => void } {
  let stop = () => undefined as void
  const ready = new Promise<void>((resolve) => {
    const onFrame = (_event: unknown, isMainFrame: boolean) => {
      if (!isMainFrame) done()
    }
    const timer = setTimeout(() => done(), timeoutMs)
    function done() {
      clearTimeout(timer)
      contents.removeListener('did-frame-finish-load', onFrame)
      resolve()
    }
    stop = done
    contents.on('did-frame-finish-load', onFrame)
  })
  return { ready, stop }
}

/**
 * Prints a PDF through the operating system's print dialog: the PDF is written to a
 * temporary file, shown in a hidden print window and printed from there (Electron 30+
 * prints the PDF viewer's content, not a blank page: electron/electron#43309). Resolves
 * false when the user cancels; the file and the window are removed either way.
 */
export async function printPdf(pdf: Uint8Array, options: PrintOptions): Promise<boolean> {
  const folder = await mkdtemp(join(options.tempFolder, 'casebook-print-'))
  const file = join(folder, 'letter.pdf')
  let window: BrowserWindow | undefined
  let release = () => undefined as unknown
  try {
    await writeFile(file, pdf)
    const url = pathToFileURL(file).href
    window = createPrintWindow(options.owner)
    const contents = window.webContents
    release = allowPrintFile(contents, url)
    const viewer = viewerLoaded(contents, options.viewerTimeoutMs ?? 5000)
    await window.loadURL(url)
    await viewer.ready
    const printing = window
    return await new Promise<boolean>((resolve, reject) => {
      printing.once('closed', () => resolve(false))
      contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success || failureReason === 'cancelled') resolve(success)
        else reject(new Error(`The letter could not be printed (${failureReason || 'the printer reported an error'}). Save it as a PDF and print it from there.`))
      })
    })
  } finally {
    release()
    if (window && !window.isDestroyed()) window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}
