import { describe, expect, it } from 'vitest'
import { isMergeField, LETTER_TEMPLATES, MERGE_FIELDS, TEMPLATE_IDS } from '../../../src/letters'

const FIELD = /\{\{\s*([\w.]+)\s*\}\}/g

describe('merge fields', () => {
  it('each have a unique name and a description for the user', () => {
    const names = MERGE_FIELDS.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    for (const field of MERGE_FIELDS) expect(field.description.length, field.name).toBeGreaterThan(15)
    for (const name of ['requester.name', 'reference', 'received', 'due', 'extendedDue', 'rights', 'organisation.name', 'signatory.name', 'signatory.title', 'regulator.name', 'regulator.address', 'regulator.phone', 'reasons']) {
      expect(names).toContain(name)
    }
  })

  it('are the only fields the templates use', () => {
    for (const template of LETTER_TEMPLATES) {
      const texts = [...template.subject, ...template.paragraphs].map((t) => t.text)
      if (template.theirReference) texts.push(template.theirReference)
      for (const text of texts) {
        for (const m of text.matchAll(FIELD)) expect(isMergeField(m[1]!), `${template.id}: {{${m[1]}}}`).toBe(true)
      }
      for (const t of [...template.subject, ...template.paragraphs]) {
        for (const name of [t.ifPresent, t.ifAbsent]) if (name) expect(isMergeField(name), `${template.id}: ${name}`).toBe(true)
      }
    }
  })

  it('the template list holds every template id once, each with a title and when it is used', () => {
    expect(LETTER_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS])
    for (const t of LETTER_TEMPLATES) {
      expect(t.title.length).toBeGreaterThan(5)
      expect(t.whenUsed.length).toBeGreaterThan(30)
    }
  })
})
