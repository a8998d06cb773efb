import { US_STATE_LAWS, type Regime, type UsState } from '../domain/regimes'
import type { Right } from '../domain/rights'

/** How a letter names the law a case falls under, and the rule it cites for the time limit. */
export interface LawProfile {
  name?: string
  short?: string
  dataTerm: 'personal data' | 'personal information'
  /** What the law calls a request for a copy of one's data. */
  accessRequest: string
  responsePeriod?: string
  timeLimit?: string
  /** A sentence: what the law allows by way of extension. Absent where the law allows none. */
  extension?: string
}

export const GDPR_REGIMES: readonly Regime[] = ['UK-GDPR', 'EU-GDPR']
export const US_REGIMES: readonly Regime[] = ['CCPA', 'US-STATE']
export const OTHER_REGIMES: readonly Regime[] = ['PIPEDA', 'POPIA', 'LGPD', 'APP', 'OTHER']

export function lawProfile(regime: Regime, jurisdiction?: string, regimeOther?: string): LawProfile {
  switch (regime) {
    case 'UK-GDPR':
      return {
        name: 'the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018',
        short: 'UK GDPR',
        dataTerm: 'personal data',
        accessRequest: 'subject access request',
        responsePeriod: 'one month',
        timeLimit: 'Article 12(3) UK GDPR',
        extension:
          'Article 12(3) UK GDPR allows us to extend the period by a further two months where necessary, taking into account the complexity and number of the requests'
      }
    case 'EU-GDPR':
      return {
        name: 'the General Data Protection Regulation (EU) 2016/679 (GDPR)',
        short: 'GDPR',
        dataTerm: 'personal data',
        accessRequest: 'subject access request',
        responsePeriod: 'one month',
        timeLimit: 'Article 12(3) GDPR',
        extension:
          'Article 12(3) GDPR allows us to extend the period by a further two months where necessary, taking into account the complexity and number of the requests'
      }
    case 'CCPA':
      return {
        name: 'the California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (CCPA)',
        short: 'CCPA',
        dataTerm: 'personal information',
        accessRequest: 'request to know',
        responsePeriod: '45 calendar days',
        timeLimit: 'Cal. Code Regs., tit. 11, § 7021(b)',
        extension:
          'Cal. Code Regs., tit. 11, § 7021(b) allows us up to a further 45 calendar days, 90 calendar days in total from receipt, provided we notify you and explain the reason within the first 45 calendar days'
      }
    case 'US-STATE':
      return usStateLaw(jurisdiction)
    case 'PIPEDA':
      return {
        name: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
        short: 'PIPEDA',
        dataTerm: 'personal information',
        accessRequest: 'request for access',
        responsePeriod: '30 days',
        timeLimit: 'section 8(3) of PIPEDA',
        extension: 'Section 8(4) of PIPEDA allows us to extend the time limit by a maximum of a further 30 days'
      }
    case 'POPIA':
      return {
        name: 'the Protection of Personal Information Act 4 of 2013 (POPIA) and the Promotion of Access to Information Act 2 of 2000 (PAIA)',
        short: 'POPIA',
        dataTerm: 'personal information',
        accessRequest: 'request for access',
        responsePeriod: '30 days',
        timeLimit: 'section 23 of POPIA, read with section 56 of PAIA',
        extension: 'Section 57 of PAIA allows us to extend the period once, by no more than a further 30 days'
      }
    case 'LGPD':
      return {
        name: 'the Brazilian General Data Protection Law (Lei Geral de Proteção de Dados Pessoais, Law No. 13,709/2018) (LGPD)',
        short: 'LGPD',
        dataTerm: 'personal data',
        accessRequest: 'request for access',
        responsePeriod: '15 days',
        timeLimit: 'Article 19(II) of the LGPD'
      }
    case 'APP':
      return {
        name: 'the Privacy Act 1988 (Cth) and the Australian Privacy Principles (APPs)',
        short: 'Privacy Act',
        dataTerm: 'personal information',
        accessRequest: 'request for access',
        responsePeriod: '30 days',
        timeLimit: 'APP 12.4'
      }
    case 'OTHER':
      return {
        name: regimeOther?.trim() || undefined,
        short: regimeOther?.trim() || undefined,
        dataTerm: 'personal data',
        accessRequest: 'request for access'
      }
  }
}

function usStateLaw(jurisdiction: string | undefined): LawProfile {
  const entry = jurisdiction ? US_STATE_LAWS[jurisdiction as UsState] : undefined
  const common = {
    dataTerm: 'personal data' as const,
    accessRequest: 'request to access',
    responsePeriod: '45 days',
    timeLimit: 'the applicable state law',
    extension:
      'The law allows us to extend that period once, by a further 45 days, where reasonably necessary, taking into account the complexity and number of your requests, provided we inform you within the first 45 days'
  }
  if (!entry) return { ...common, name: 'the applicable state consumer data privacy law', short: 'state privacy law' }
  const m = /^(.*?)\s*\(([^)]+)\)$/.exec(entry.name)
  const state = m ? m[1]! : entry.name
  const abbreviation = m ? m[2]! : undefined
  return {
    ...common,
    name: `the consumer data privacy law of ${state}${abbreviation ? ` (${abbreviation})` : ''}`,
    short: abbreviation ?? `${state} privacy law`,
    timeLimit: abbreviation ?? `the ${state} privacy law`
  }
}

/** A right as the applicable law names it, with its citation where the law has one. */
export function rightName(right: Right, regime: Regime, otherRight: string | undefined): string | undefined {
  if (right === 'other') return otherRight?.trim() || undefined
  if (regime === 'UK-GDPR' || regime === 'EU-GDPR') {
    const law = regime === 'UK-GDPR' ? 'UK GDPR' : 'GDPR'
    const gdpr: Record<Exclude<Right, 'other'>, string> = {
      access: `the right of access (Article 15 ${law})`,
      rectification: `the right to rectification (Article 16 ${law})`,
      erasure: `the right to erasure (Article 17 ${law})`,
      restriction: `the right to restriction of processing (Article 18 ${law})`,
      portability: `the right to data portability (Article 20 ${law})`,
      objection: `the right to object to processing (Article 21 ${law})`,
      'marketing-opt-out': `the right to object to direct marketing (Article 21(2) and (3) ${law})`,
      'sale-sharing-opt-out': `the right to object to the disclosure of your personal data to third parties (Article 21 ${law})`
    }
    return gdpr[right]
  }
  if (regime === 'CCPA') {
    const ccpa: Record<Exclude<Right, 'other'>, string> = {
      access: 'the right to know (Cal. Civ. Code § 1798.110)',
      rectification: 'the right to correct (Cal. Civ. Code § 1798.106)',
      erasure: 'the right to delete (Cal. Civ. Code § 1798.105)',
      restriction: 'the right to limit the use and disclosure of sensitive personal information (Cal. Civ. Code § 1798.121)',
      portability: 'the right to receive your personal information in a portable format (Cal. Civ. Code § 1798.130)',
      objection: 'the right to object to the processing of your personal information',
      'marketing-opt-out': 'the right to stop receiving marketing communications',
      'sale-sharing-opt-out': 'the right to opt out of the sale or sharing of personal information (Cal. Civ. Code § 1798.120)'
    }
    return ccpa[right]
  }
  const plain: Record<Exclude<Right, 'other'>, string> = {
    access: 'the right of access to your personal information',
    rectification: 'the right to correct your personal information',
    erasure: 'the right to delete your personal information',
    restriction: 'the right to restrict the processing of your personal information',
    portability: 'the right to data portability',
    objection: 'the right to object to the processing of your personal information',
    'marketing-opt-out': 'the right to stop receiving marketing communications',
    'sale-sharing-opt-out': 'the right to opt out of the sale of your personal information, targeted advertising and profiling'
  }
  const text = plain[right]
  return regime === 'US-STATE' ? text.replace('personal information', 'personal data') : text
}
