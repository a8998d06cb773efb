/** The legal regime a case falls under, chosen from where the requester is. */
export const REGIMES = ['UK-GDPR', 'EU-GDPR', 'CCPA', 'US-STATE', 'PIPEDA', 'POPIA', 'LGPD', 'APP', 'OTHER'] as const
export type Regime = (typeof REGIMES)[number]

export const REGIME_LABELS: Record<Regime, string> = {
  'UK-GDPR': 'UK GDPR (United Kingdom)',
  'EU-GDPR': 'EU GDPR (EU / EEA member state)',
  CCPA: 'CCPA/CPRA (California)',
  'US-STATE': 'Another US state law',
  PIPEDA: 'PIPEDA (Canada)',
  POPIA: 'POPIA (South Africa)',
  LGPD: 'LGPD (Brazil)',
  APP: 'Australian Privacy Principles',
  OTHER: 'Other'
}

export const UK_NATIONS = {
  'GB-ENG': 'England and Wales',
  'GB-SCT': 'Scotland',
  'GB-NIR': 'Northern Ireland'
} as const
export type UkNation = keyof typeof UK_NATIONS

export const EU_MEMBER_STATES = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', HR: 'Croatia', CY: 'Cyprus', CZ: 'Czechia',
  DK: 'Denmark', EE: 'Estonia', FI: 'Finland', FR: 'France', DE: 'Germany', GR: 'Greece',
  HU: 'Hungary', IE: 'Ireland', IT: 'Italy', LV: 'Latvia', LT: 'Lithuania', LU: 'Luxembourg',
  MT: 'Malta', NL: 'Netherlands', PL: 'Poland', PT: 'Portugal', RO: 'Romania', SK: 'Slovakia',
  SI: 'Slovenia', ES: 'Spain', SE: 'Sweden', IS: 'Iceland', LI: 'Liechtenstein', NO: 'Norway'
} as const
export type EuMemberState = keyof typeof EU_MEMBER_STATES

/** US states with a comprehensive privacy law other than California's, and the engine's name for it. */
export const US_STATE_LAWS = {
  VA: { name: 'Virginia (VCDPA)', engine: 'VCDPA' },
  CO: { name: 'Colorado (CPA)', engine: 'CPA' },
  CT: { name: 'Connecticut (CTDPA)', engine: 'VCDPA' },
  UT: { name: 'Utah (UCPA)', engine: 'VCDPA' },
  TX: { name: 'Texas (TDPSA)', engine: 'VCDPA' },
  OR: { name: 'Oregon (OCPA)', engine: 'VCDPA' },
  MT: { name: 'Montana (MCDPA)', engine: 'VCDPA' },
  IA: { name: 'Iowa (ICDPA)', engine: 'VCDPA' },
  DE: { name: 'Delaware (DPDPA)', engine: 'VCDPA' },
  NH: { name: 'New Hampshire', engine: 'VCDPA' },
  NJ: { name: 'New Jersey', engine: 'VCDPA' },
  TN: { name: 'Tennessee (TIPA)', engine: 'VCDPA' },
  MN: { name: 'Minnesota (MCDPA)', engine: 'VCDPA' },
  MD: { name: 'Maryland (MODPA)', engine: 'VCDPA' },
  IN: { name: 'Indiana (ICDPA)', engine: 'VCDPA' },
  KY: { name: 'Kentucky (KCDPA)', engine: 'VCDPA' },
  RI: { name: 'Rhode Island (RIDTPPA)', engine: 'VCDPA' },
  NE: { name: 'Nebraska (NDPA)', engine: 'VCDPA' }
} as const
export type UsState = keyof typeof US_STATE_LAWS

/** What the regime needs besides its name, for the form and for display. */
export function jurisdictionLabel(regime: Regime, jurisdiction: string | undefined): string {
  if (!jurisdiction) return ''
  if (regime === 'UK-GDPR') return UK_NATIONS[jurisdiction as UkNation] ?? jurisdiction
  if (regime === 'EU-GDPR') return EU_MEMBER_STATES[jurisdiction as EuMemberState] ?? jurisdiction
  if (regime === 'US-STATE') return US_STATE_LAWS[jurisdiction as UsState]?.name ?? jurisdiction
  return jurisdiction
}
