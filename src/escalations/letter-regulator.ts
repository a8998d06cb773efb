import type { Regime } from '../domain/regimes'
import { defaultRegulator, type Regulator, type RegulatorRole } from '../letters/regulators'
import { regulatorFromBody, type ComplaintBody } from './bodies'

/**
 * The body a letter names, as the office's directory has it: the letters'
 * default for the role and the requester's regime (the ICO for the UK, the
 * AAA under the DPF…), with the details the office edited in Settings when
 * the directory holds that body. For 'dpf' any DPF recourse mechanism the
 * office added stands in when the AAA is not in the directory.
 */
export function directoryRegulator(
  bodies: readonly ComplaintBody[],
  role: RegulatorRole,
  regime: Regime,
  jurisdiction?: string
): Regulator {
  const fallback = defaultRegulator(role, regime, jurisdiction)
  const same = bodies.find((b) => b.id === fallback.id)
  if (same) return regulatorFromBody(same)
  if (role === 'dpf') {
    const recourse = bodies.find((b) => b.kind === 'dpf-recourse')
    if (recourse) return regulatorFromBody(recourse)
  }
  return fallback
}
