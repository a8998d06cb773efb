import { EU_MEMBER_STATES, type EuMemberState, type Regime } from '../domain/regimes'

/** A body a requester may complain to: a supervisory authority, a regulator or an independent recourse mechanism. */
export interface Regulator {
  id: string
  /** The formal name, as on an envelope. */
  name: string
  /** The name as written in a sentence, with its article: "the Information Commissioner's Office (ICO)". */
  proseName: string
  /** What the body is to the requester, written after its name in a sentence. */
  description?: string
  addressLines: string[]
  phone?: string
  hours?: string
  website?: string
}

export const ICO: Regulator = {
  id: 'ico',
  name: "Information Commissioner's Office",
  proseName: "the Information Commissioner's Office (ICO)",
  addressLines: ['Churchill House', '17 Churchill Way', 'Cardiff CF10 2HH'],
  phone: '029 2067 8400',
  website: 'ico.org.uk'
}

export const AAA: Regulator = {
  id: 'aaa',
  name: 'American Arbitration Association',
  proseName: 'the American Arbitration Association (AAA)',
  description:
    'the independent recourse mechanism we have designated under the Data Privacy Framework, whose services are free of charge to you',
  addressLines: [],
  phone: '800.778.7879',
  hours: '9AM–8PM EST, Monday–Friday'
}

export const CPPA: Regulator = {
  id: 'cppa',
  name: 'California Privacy Protection Agency',
  proseName: 'the California Privacy Protection Agency',
  addressLines: ['2101 Arena Blvd', 'Sacramento, CA 95834'],
  phone: '916-572-2900',
  website: 'cppa.ca.gov'
}

/** Art. 77 GDPR: the member state of habitual residence, place of work or place of the alleged infringement. */
export const EU_SUPERVISORY_AUTHORITY: Regulator = {
  id: 'eu-sa',
  name: 'Supervisory authority of your member state',
  proseName:
    'the supervisory authority of your member state (the member state of your habitual residence, of your place of work or of the alleged infringement)',
  addressLines: []
}

export const OTHER_AUTHORITY: Regulator = {
  id: 'other',
  name: 'Data protection authority',
  proseName: 'the data protection authority of your country',
  addressLines: []
}

/** The default directory. A later issue makes it editable in settings. */
export const REGULATORS: readonly Regulator[] = [ICO, AAA, CPPA, EU_SUPERVISORY_AUTHORITY, OTHER_AUTHORITY]

/**
 * Which body a letter names when the facts name none:
 * - 'request': the authority for the requester's regime (refusals, extensions, access responses);
 * - 'complaint': where an unresolved complaint escalates — for North America the AAA, the
 *   company's recourse mechanism; elsewhere the same authority as for requests;
 * - 'dpf': always the AAA; 'ico': always the ICO.
 */
export type RegulatorRole = 'request' | 'complaint' | 'dpf' | 'ico'

export function defaultRegulator(role: RegulatorRole, regime: Regime, jurisdiction?: string): Regulator {
  if (role === 'dpf') return AAA
  if (role === 'ico') return ICO
  switch (regime) {
    case 'UK-GDPR':
      return ICO
    case 'EU-GDPR':
      return euAuthority(jurisdiction)
    case 'CCPA':
      return role === 'complaint' ? AAA : CPPA
    case 'US-STATE':
      return AAA
    default:
      return OTHER_AUTHORITY
  }
}

function euAuthority(jurisdiction: string | undefined): Regulator {
  const state = jurisdiction ? EU_MEMBER_STATES[jurisdiction as EuMemberState] : undefined
  if (!state) return EU_SUPERVISORY_AUTHORITY
  return {
    ...EU_SUPERVISORY_AUTHORITY,
    id: `eu-sa-${jurisdiction!.toLowerCase()}`,
    name: `Data protection supervisory authority of ${state}`,
    proseName: `the data protection supervisory authority of ${state}, or of the member state of your habitual residence or place of work if different`
  }
}

/** Every detail of the body in one phrase: name, role, address, telephone and hours, website. */
export function regulatorContact(regulator: Regulator): string {
  const parts: string[] = []
  const head = [regulator.proseName, regulator.description, regulator.addressLines.join(', ')].filter(Boolean).join(', ')
  parts.push(head)
  if (regulator.phone) parts.push(`telephone ${regulator.phone}${regulator.hours ? ` (${regulator.hours})` : ''}`)
  if (regulator.website) parts.push(`website ${regulator.website}`)
  return parts.join('; ')
}
