import { shell, type App, type Session, type WebContents } from 'electron'
import { APP_ORIGIN, isAppUrl } from './app-origin'
import { isSafeExternalUrl } from './external-links'

export { isSafeExternalUrl } from './external-links'

/**
 * The only permissions granted, and only to the app's own pages: keeping the
 * case database from being evicted under storage pressure, and copying text
 * (a case reference) to the clipboard. Everything else is refused.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write'])

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl)
}

/** Opens a link the user followed in the system browser, if it is on the list; never inside the app. */
export function openExternalIfSafe(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false
  void shell.openExternal(new URL(url).href).catch(() => undefined)
  return true
}

/** Chromium's built-in PDF viewer, which shows a PDF inside a frame of its own. */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/'

/**
 * A subframe may show the app's own documents and blobs (a letter's PDF
 * preview) and the PDF viewer that displays them; the main frame never
 * navigates away from the loaded app.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false
  return url === 'about:blank' || url.startsWith(`blob:${APP_ORIGIN}/`) || isAppUrl(url) || url.startsWith(PDF_VIEWER_ORIGIN)
}

// The print window's webContents, each with the one PDF file it may show.
const printFiles = new Map<number, string>()

/**
 * Lets a print window show its one PDF file (main/print), in any of its frames, while it
 * is open; everything else stays refused. Returns the function that takes the permission back.
 */
export function allowPrintFile(contents: { id: number }, fileUrl: string): () => void {
  printFiles.set(contents.id, fileUrl)
  return () => printFiles.delete(contents.id)
}

export function isAllowedPrintNavigation(contentsId: number, url: string): boolean {
  const file = printFiles.get(contentsId)
  return file !== undefined && (url === file || url.startsWith(PDF_VIEWER_ORIGIN))
}

/** Applies every per-page guard: navigation, redirects, new windows and webviews are all denied. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    openExternalIfSafe(event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedFrameNavigation(event.url, event.isMainFrame)) return
    if (isAllowedPrintNavigation(contents.id, event.url)) return
    event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url)
    return { action: 'deny' }
  })
}

/** Session-wide guards: permissions, and downloads of anything that is not the app's own blob. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return isPermissionGranted(permission, requestingOrigin)
  })
  session.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) event.preventDefault()
  })
}

/** Installs the guards on every webContents the app ever creates; call before the first window. */
export function installSecurityGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
}
