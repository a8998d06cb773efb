import { useEffect } from 'react'
import type { CasebookDb } from '../../db/database'
import type { OfficeSettings } from '../../../src/domain/case'
import { officeToday } from '../../app/office'
import { desktopApi } from '../../api'
import { remindIfDue } from './daily-reminder'

const CHECK_EVERY_MS = 15 * 60 * 1000

/** While the app is open, checks every quarter of an hour whether today's reminder is due. */
export function useDailyReminder(db: CasebookDb, settings: OfficeSettings): void {
  const enabled = settings.dailyReminders && settings.staffName !== ''
  const timeZone = settings.timeZone
  useEffect(() => {
    if (!enabled) return
    const check = () => {
      void remindIfDue(db, officeToday({ ...settings, timeZone }), async (title, body) => {
        const result = await desktopApi().showNotification({ title, body })
        if (!result.ok) console.warn(`The reminder could not be shown: ${result.error.message}`)
      })
    }
    check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => clearInterval(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these settings matter
  }, [db, enabled, timeZone])
}
