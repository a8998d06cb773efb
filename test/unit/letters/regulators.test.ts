import { describe, expect, it } from 'vitest'
import { AAA, CPPA, defaultRegulator, ICO, regulatorContact } from '../../../src/letters'

describe('the regulator a letter names', () => {
  it('carries the contact details DOMAIN.md gives for the ICO and the AAA', () => {
    expect(ICO.name).toBe("Information Commissioner's Office")
    expect(ICO.addressLines.join(', ')).toBe('Churchill House, 17 Churchill Way, Cardiff CF10 2HH')
    expect(ICO.phone).toBe('029 2067 8400')
    expect(AAA.name).toBe('American Arbitration Association')
    expect(AAA.phone).toBe('800.778.7879')
    expect(AAA.hours).toBe('9AM–8PM EST, Monday–Friday')
    expect(CPPA.name).toBe('California Privacy Protection Agency')
  })

  it('fits the regime: ICO for UK GDPR, the member state for EU GDPR, CPPA for CCPA requests, AAA for US complaints', () => {
    expect(defaultRegulator('request', 'UK-GDPR', 'GB-SCT')).toBe(ICO)
    expect(defaultRegulator('request', 'EU-GDPR', 'PL').proseName).toContain('Poland')
    expect(defaultRegulator('request', 'EU-GDPR').proseName).toContain('supervisory authority of your member state')
    expect(defaultRegulator('request', 'CCPA', 'CA')).toBe(CPPA)
    expect(defaultRegulator('complaint', 'CCPA', 'CA')).toBe(AAA)
    expect(defaultRegulator('request', 'US-STATE', 'VA')).toBe(AAA)
    expect(defaultRegulator('dpf', 'EU-GDPR', 'DE')).toBe(AAA)
    expect(defaultRegulator('ico', 'US-STATE')).toBe(ICO)
    expect(defaultRegulator('request', 'PIPEDA').proseName).toContain('data protection authority')
  })

  it('gives every detail in one phrase, leaving out what is not known', () => {
    expect(regulatorContact(ICO)).toBe(
      "the Information Commissioner's Office (ICO), Churchill House, 17 Churchill Way, Cardiff CF10 2HH; telephone 029 2067 8400; website ico.org.uk"
    )
    const aaa = regulatorContact(AAA)
    expect(aaa).toContain('free of charge to you')
    expect(aaa).toContain('telephone 800.778.7879 (9AM–8PM EST, Monday–Friday)')
    expect(aaa).not.toContain('website')
  })
})
