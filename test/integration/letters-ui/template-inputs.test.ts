import { describe, expect, it } from 'vitest'
import { templateInputs, toInputValues, toLetterInputs } from '../../../renderer/features/letters/template-inputs'
import { composeLetter, TEMPLATE_IDS } from '../../../src/letters'
import { sampleFacts } from '../../../src/letters/samples'

const fields = (specs: ReturnType<typeof templateInputs>) => Object.fromEntries(specs.map((s) => [s.field, s.required]))

describe('the form a template needs', () => {
  it('asks nothing of an acknowledgement but an optional paragraph and enclosures', () => {
    expect(fields(templateInputs('acknowledgement', 'UK-GDPR'))).toEqual({ additionalInformation: false, enclosures: false })
  })

  it('asks for the reasons and the proof for an identity request, each with its description', () => {
    const specs = templateInputs('identity-verification', 'UK-GDPR')
    expect(fields(specs)).toMatchObject({ 'identity.reason': true, 'identity.evidence': true })
    expect(specs.find((s) => s.field === 'identity.evidence')).toMatchObject({ kind: 'lines', description: expect.stringContaining('proof of identity') })
  })

  it('asks for every Art. 15 item and the enclosures of a UK access response; a CCPA one makes transfers optional', () => {
    const uk = fields(templateInputs('access-response', 'UK-GDPR'))
    for (const f of ['purposes', 'categories', 'recipients', 'transfers', 'retention', 'source', 'automatedDecisions']) expect(uk[`access.${f}`]).toBe(true)
    expect(uk.enclosures).toBe(true)
    const ccpa = fields(templateInputs('access-response', 'CCPA'))
    expect(ccpa['access.transfers']).toBe(false)
    expect(ccpa['access.categories']).toBe(true)
  })

  it('asks a refusal for its reasons and its extent, and what was provided when in part', () => {
    const specs = fields(templateInputs('refusal', 'UK-GDPR'))
    expect(specs).toMatchObject({ reasons: true, 'refusal.extent': true, 'refusal.provided': false })
  })

  it('asks a notice to recipients who the recipient is', () => {
    expect(fields(templateInputs('notice-to-recipients', 'EU-GDPR'))).toMatchObject({
      'notice.recipient.name': true,
      'notice.recipient.address': false,
      'notice.change': true,
      'notice.confirmBy': false
    })
  })

  it('gives every template a form, asking only for inputs, never for the case’s own facts', () => {
    for (const id of TEMPLATE_IDS) {
      const names = templateInputs(id, 'UK-GDPR').map((s) => s.field)
      expect(names.some((n) => /^(requester|received|due|reference|organisation|signatory|regulator|law)\b/.test(n)), id).toBe(false)
    }
  })
})

describe('the form’s values as letter inputs', () => {
  it('splits lists by line, drops what is empty, and nests each field where the letter reads it', () => {
    const specs = [...templateInputs('notice-to-recipients', 'UK-GDPR'), ...templateInputs('identity-verification', 'UK-GDPR')]
    const inputs = toLetterInputs(
      {
        'identity.evidence': 'a passport\n\n  a utility bill  \n',
        'identity.reason': '  ',
        'notice.recipient.name': 'Cloudway Hosting Ltd',
        'notice.recipient.address': '40 Harbour Exchange Square\nLondon E14 9GE',
        'notice.confirmBy': '2026-12-15'
      },
      specs
    )
    expect(inputs).toEqual({
      identity: { evidence: ['a passport', 'a utility bill'] },
      notice: { recipient: { name: 'Cloudway Hosting Ltd', postalAddress: '40 Harbour Exchange Square\nLondon E14 9GE' }, confirmBy: '2026-12-15' }
    })
    expect(toInputValues(inputs, specs)).toEqual({
      'identity.evidence': 'a passport\na utility bill',
      'notice.recipient.name': 'Cloudway Hosting Ltd',
      'notice.recipient.address': '40 Harbour Exchange Square\nLondon E14 9GE',
      'notice.confirmBy': '2026-12-15'
    })
  })

  it('fills the letter: with the form filled, an identity request has no hole', () => {
    const specs = templateInputs('identity-verification', 'CCPA')
    const facts = { ...sampleFacts('identity-verification', 'us'), identity: undefined }
    expect(composeLetter('identity-verification', facts).missingFields).toEqual(expect.arrayContaining(['identity.reason', 'identity.evidence']))
    const inputs = toLetterInputs({ 'identity.reason': 'the email you wrote from is not on your account', 'identity.evidence': 'a copy of your driving licence' }, specs)
    expect(composeLetter('identity-verification', { ...facts, ...inputs }).missingFields).toEqual([])
  })

  it('keeps complaint points as pairs, leaving out empty ones', () => {
    const specs = templateInputs('complaint-response', 'UK-GDPR')
    const inputs = toLetterInputs(
      { 'complaint.points': [{ point: ' Late reply ', response: 'We apologise.' }, { point: '', response: ' ' }] },
      specs
    )
    expect(inputs.complaint?.points).toEqual([{ point: 'Late reply', response: 'We apologise.' }])
  })
})
