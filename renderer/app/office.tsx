import { createContext, useContext } from 'react'
import type { CasebookDb } from '../db/database'
import type { OfficeSettings } from '../../src/domain/case'
import { dateInTimeZone } from '../../src/domain/dates'
import type { Actor } from '../repositories/cases'

export interface Office {
  db: CasebookDb
  settings: OfficeSettings
}

export const OfficeContext = createContext<Office | null>(null)

export function useOffice(): Office {
  const office = useContext(OfficeContext)
  if (!office) throw new Error('useOffice outside the app')
  return office
}

/** Today's date in the office's time zone. */
export function officeToday(settings: OfficeSettings, now = new Date()): string {
  return dateInTimeZone(now, settings.timeZone)
}

export function officeActor(settings: OfficeSettings): Actor {
  return { author: settings.staffName, now: new Date(), timeZone: settings.timeZone }
}
