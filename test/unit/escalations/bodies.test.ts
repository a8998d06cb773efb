import { describe, expect, it } from 'vitest'
import { DEFAULT_BODIES, bodyFormSchema, bodyProseName, newBodyId, regulatorFromBody, type ComplaintBody } from '../../../src/escalations/bodies'
import { AAA, ICO, regulatorContact } from '../../../src/letters/regulators'

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
