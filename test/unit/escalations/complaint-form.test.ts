import { describe, expect, it } from 'vitest'
import { emptyRequestForm, requestFormSchema } from '../../../src/domain/request-form'
import { diffFacts, factsFromForm } from '../../../src/domain/case-facts'

const today = '2026-12-01'
const base = () => {
  const f = emptyRequestForm(today)
  return { ...f, requester: { ...f.requester, name: 'John Smith', email: 'john@example.com' } }
}
const errors = (input: unknown) => {
  const r = requestFormSchema(today).safeParse(input)
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('the intake form for a complaint', () => {
  it('a request still needs a right; a form without a kind is a request', () => {
    const { kind: _kind, ...withoutKind } = base()
    expect(errors(withoutKind).rights).toBe('Tick at least one right the requester asks for.')
    expect(requestFormSchema(today).parse({ ...withoutKind, rights: ['access'] }).kind).toBe('request')
  })

  it('a complaint needs no right, but says what the person complains of', () => {
    expect(errors({ ...base(), kind: 'complaint' })).toEqual({ summary: 'Describe what the person complains of.' })
    expect(errors({ ...base(), kind: 'complaint', summary: 'My access request was answered late.' })).toEqual({})
  })

  it('keeps the link to the request on a complaint only, and drops rights ticked before switching', () => {
    const form = requestFormSchema(today).parse({
      ...base(),
      kind: 'complaint',
      rights: ['erasure'],
      summary: 'Late answer.',
      linkedCaseId: 7,
      linkedReference: 'PR-2026-0007'
    })
    const facts = factsFromForm(form)
    expect(facts).toMatchObject({ kind: 'complaint', rights: [], linkedCaseId: 7, linkedReference: 'PR-2026-0007' })
    const asRequest = factsFromForm({ ...form, kind: 'request', rights: ['erasure'] })
    expect(asRequest.linkedCaseId).toBeUndefined()
    expect(diffFacts(facts, { ...facts, linkedCaseId: undefined, linkedReference: undefined })).toContainEqual({
      field: 'linkedCaseId',
      label: 'Linked request',
      from: 'PR-2026-0007',
      to: ''
    })
  })
})
