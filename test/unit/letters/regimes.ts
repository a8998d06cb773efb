import type { Regime } from '../../../src/domain/regimes'
export { composeLetter, type TemplateId } from '../../../src/letters'

export const REGIMES_FOR_TEST: { regime: Regime; jurisdiction?: string }[] = [
  { regime: 'UK-GDPR', jurisdiction: 'GB-ENG' },
  { regime: 'EU-GDPR', jurisdiction: 'DE' },
  { regime: 'CCPA', jurisdiction: 'CA' },
  { regime: 'US-STATE', jurisdiction: 'VA' },
  { regime: 'PIPEDA' },
  { regime: 'POPIA' },
  { regime: 'LGPD' },
  { regime: 'APP' },
  { regime: 'OTHER' }
]
