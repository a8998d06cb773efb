import type { OfficeSettings } from '../../../src/domain/case'
import type { ReportOrganisation } from '../../../src/reports/render-input'

/** The letterhead of the report, as on the office's letters: its name, address lines and contact details. */
export function reportOrganisation(settings: OfficeSettings): ReportOrganisation {
  const clip = (s: string) => s.trim().slice(0, 300)
  return {
    name: clip(settings.organisationName) || 'Privacy office',
    addressLines: settings.organisationAddress.split(/\r?\n/).map(clip).filter(Boolean).slice(0, 10),
    contactLines: [settings.privacyEmail, settings.organisationPhone, settings.organisationWebsite].map(clip).filter(Boolean)
  }
}
