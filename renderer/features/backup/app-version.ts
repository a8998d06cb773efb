import { desktopApi } from '../../api'

let version: Promise<string> | undefined

/** The app's version as main reports it, written into every backup. */
export function appVersion(): Promise<string> {
  version ??= desktopApi()
    .getAppInfo()
    .then((result) => (result.ok ? result.value.version : 'unknown'))
    .catch(() => 'unknown')
  return version
}
