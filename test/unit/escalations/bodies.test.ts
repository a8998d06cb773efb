import { describe, expect, it } from 'vitest'
import { DEFAULT_BODIES, bodyFormSchema, bodyProseName, newBodyId, regulatorFromBody, type ComplaintBody } from '../../../src/escalations/bodies'
import { AAA, ICO, regulatorContact } from '../../../src/letters/regulators'
import { directoryRegulator } from '../../../src/escalations/letter-regulator'

const seed = (id: string) => DEFAULT_BODIES.find((b) => b.id === id)!

describe('the directory of bodies', () => {
  it("seeds the ICO and the AAA exactly as the letters' default regulators", () => {
    expect(regulatorFromBody(seed('ico'))).toStrictEqual(ICO)
    expect(regulatorFromBody(seed('aaa'))).toStrictEqual(AAA)
    expect(regulatorContact(regulatorFromBody(seed('aaa')))).toContain('telephone 800.778.7879 (9AM–8PM EST, Monday–Friday)')
    expect(regulatorContact(regulatorFromBody(seed('ico')))).toContain('Churchill House, 17 Churchill Way, Cardiff CF10 2HH; telephone 029 2067 8400')
  })

  it('maps a body the office added, dropping empty details and keeping the address lines', () => {
    const cnil: ComplaintBody = {
      id: 'cnil',
      name: "Commission nationale de l'informatique et des libertés",
      shortName: 'CNIL',
      kind: 'eu-authority',
      address: '3 Place de Fontenoy\n  TSA 80715 \n\n75334 Paris Cedex 07',
      phone: '+33 1 53 73 22 22',
      hours: '',
      email: '',
      website: 'cnil.fr'
    }
    expect(regulatorFromBody(cnil)).toStrictEqual({
      id: 'cnil',
      name: "Commission nationale de l'informatique et des libertés",
      proseName: "the Commission nationale de l'informatique et des libertés (CNIL)",
      addressLines: ['3 Place de Fontenoy', 'TSA 80715', '75334 Paris Cedex 07'],
      phone: '+33 1 53 73 22 22',
      website: 'cnil.fr'
    })
  })

  it('writes a name that starts with "The" with a lower-case article in a sentence', () => {
    expect(bodyProseName({ name: 'The Data Protection Commission', shortName: 'DPC' })).toBe('the Data Protection Commission (DPC)')
    expect(bodyProseName({ name: 'BBB National Programs', shortName: '' })).toBe('the BBB National Programs')
  })

  it('gives a new body an id from its name that clashes with none taken', () => {
    expect(newBodyId('BBB National Programs', ['ico', 'aaa'])).toBe('bbb-national-programs')
    expect(newBodyId('JAMS', ['jams', 'jams-2'])).toBe('jams-3')
    expect(newBodyId('Ελληνική Αρχή', [])).toBe('body')
  })

  it('refuses a body without a name, and a malformed email', () => {
    const result = bodyFormSchema.safeParse({ name: ' ', shortName: '', kind: 'other', address: '', phone: '', hours: '', email: 'x@', website: '' })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toEqual([
      'name: Enter the name of the body, as on its letters.',
      'email: Enter the email address in the form name@example.org, or leave it empty.'
    ])
  })
})

describe('the body a letter names, from the directory', () => {
  const edited = DEFAULT_BODIES.map((b) => (b.id === 'ico' ? { ...b, phone: '0303 123 1113' } : b))

  it("takes the office's edits of the default body for the regime", () => {
    expect(directoryRegulator(edited, 'request', 'UK-GDPR', 'GB-ENG').phone).toBe('0303 123 1113')
    expect(directoryRegulator(edited, 'complaint', 'CCPA')).toStrictEqual(AAA)
  })

  it('falls back to the letters’ default when the directory lacks the body', () => {
    expect(directoryRegulator([], 'ico', 'EU-GDPR')).toStrictEqual(ICO)
    expect(directoryRegulator(edited, 'request', 'EU-GDPR', 'FR').name).toBe('Data protection supervisory authority of France')
  })

  it('for the DPF, uses another recourse mechanism the office added when the AAA is not listed', () => {
    const bbb: ComplaintBody = { id: 'bbb', name: 'BBB National Programs', shortName: '', kind: 'dpf-recourse', address: '', phone: '703-247-9330', hours: '', email: '', website: '' }
    expect(directoryRegulator([seed('ico'), bbb], 'dpf', 'CCPA').name).toBe('BBB National Programs')
  })
})
