import type { DesktopApi } from '../src/ipc/contract'

declare global {
  interface Window {
    /** The only door to the main process, exposed by the preload (or by the browser harness). */
    api: DesktopApi
  }
}

export function desktopApi(): DesktopApi {
  return window.api
}
