/**
 * The renderer's one and only origin. IndexedDB is stored per origin, so
 * changing any of these would hide every case already saved: never change
 * them without a migration.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'casebook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True for a URL on the app's own origin. Parsed by hand because Node's URL
 * gives non-special schemes an opaque origin ("null"), while Chromium, where
 * the scheme is registered as standard, gives `app://casebook`.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
