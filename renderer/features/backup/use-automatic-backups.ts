import { useEffect } from 'react'
import type { CasebookDb } from '../../db/database'
import type { OfficeSettings } from '../../../src/domain/case'
import { officeToday } from '../../app/office'
import { desktopApi } from '../../api'
import { appVersion } from './app-version'
import { backUpIfDue, backUpOnQuit } from './automatic-backups'

const CHECK_EVERY_MS = 15 * 60 * 1000
// The first check waits until the app has started and the user is at work: a backup of a large office takes a while.
const FIRST_CHECK_AFTER_MS = 2 * 60 * 1000

/** While the app is open: a backup once a day (checked every quarter of an hour), and one when main says it is quitting. */
export function useAutomaticBackups(db: CasebookDb, settings: OfficeSettings): void {
  const setUp = settings.staffName !== ''
  const timeZone = settings.timeZone
  useEffect(() => {
    const api = desktopApi()
    const unsubscribe = api.onBackupRequested(() => {
      void appVersion()
        .then((version) => backUpOnQuit(db, api, version))
        .catch((error: unknown) => console.warn(`The backup on closing failed: ${error instanceof Error ? error.message : String(error)}`))
    })
    if (!setUp) return unsubscribe
    const check = () => {
      void appVersion()
        .then((version) => backUpIfDue(db, api, { today: officeToday({ ...settings, timeZone }), timeZone, appVersion: version }))
        .catch((error: unknown) => console.warn(`The daily backup failed: ${error instanceof Error ? error.message : String(error)}`))
    }
    const first = setTimeout(check, FIRST_CHECK_AFTER_MS)
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
      unsubscribe()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these settings matter
  }, [db, setUp, timeZone])
}
