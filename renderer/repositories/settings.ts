import { z } from 'zod'
import type { CasebookDb } from '../db/database'
import { DEFAULT_SETTINGS, type OfficeSettings } from '../../src/domain/case'
import { lineField, textField } from '../../src/domain/text'
import { RETENTION_YEARS } from '../../src/retention/retention-period'

const OFFICE_KEY = 'office'

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const officeSettingsSchema = z.object({
  organisationName: lineField("The organisation's name", 200),
  organisationAddress: textField("The organisation's postal address", 1000).transform((s) => s.trim()),
  privacyEmail: lineField("The privacy office's email", 254).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s), {
    message: 'Enter the email address in the form privacy@example.com, or leave it empty.'
  }),
  staffName: lineField('Your name', 200).refine((s) => s.length > 0, {
    message: 'Enter your name: it is recorded as the author of every change you make.'
  }),
  timeZone: z.string().refine(isTimeZone, { message: 'Choose a time zone from the list, such as Europe/London.' }),
  complaintTargetDays: z
    .number({ message: 'Enter the number of days, such as 30.' })
    .int('Enter a whole number of days.')
    .min(1, 'The target must be at least 1 day.')
    .max(365, 'Keep the target to 365 days or fewer.'),
  retentionYears: z
    .number({ message: 'Enter the number of years, such as 3.' })
    .int('Enter a whole number of years.')
    .min(RETENTION_YEARS.min, `Keep closed cases at least ${RETENTION_YEARS.min} year.`)
    .max(RETENTION_YEARS.max, `Keep closed cases ${RETENTION_YEARS.max} years or fewer.`),
  dailyReminders: z.boolean(),
  signatoryName: lineField("The signatory's name", 200),
  signatoryTitle: lineField("The signatory's title", 200),
  letterPageSize: z.enum(['A4', 'LETTER'], { message: 'Choose A4 or US Letter.' }),
  organisationPhone: lineField("The office's telephone number", 40).refine((s) => s === '' || /^[+()\d\s./-]+$/.test(s), {
    message: 'A telephone number may hold only digits, spaces and + ( ) - . / characters.'
  }),
  organisationWebsite: lineField("The organisation's website", 200)
})

export async function getOfficeSettings(db: CasebookDb): Promise<OfficeSettings> {
  const row = await db.settings.get(OFFICE_KEY)
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<OfficeSettings> | undefined) }
}

export async function saveOfficeSettings(db: CasebookDb, settings: OfficeSettings): Promise<void> {
  await db.settings.put({ key: OFFICE_KEY, value: officeSettingsSchema.parse(settings) })
}
