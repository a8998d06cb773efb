import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { caseHistory, createCase, getCase, recordCaseEvent } from '../../../renderer/repositories/cases'
import {
  caseLetters,
  getLetterheadLogo,
  holesInLetter,
  issueLetter,
  issueLetters,
  issuedTemplateIds,
  letterFileName,
  removeLetterheadLogo,
  safeFileName,
  saveLetterheadLogo,
  withEdits
} from '../../../renderer/repositories/letters'
import { verifyHistory } from '../../../renderer/repositories/history'
import { DEFAULT_SETTINGS, type Case } from '../../../src/domain/case'
import { emptyRequestForm, requestFormSchema, type RequestFormInput } from '../../../src/domain/request-form'
import { composeLetter, type TemplateId } from '../../../src/letters'
import { letterFactsFromCase, suggestedInputs } from '../../../src/letters/from-case'

let db: CasebookDb
let n = 0
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }
const settings = {
  ...DEFAULT_SETTINGS,
  organisationName: 'Northwind Trading Ltd',
  organisationAddress: 'Legal Department\n1 Harbour Street\nLondon EC1A 1AA',
  privacyEmail: 'privacy@northwind.example',
  signatoryName: 'Margaret Ashworth',
  signatoryTitle: 'Data Protection Officer'
}
const PDF = new TextEncoder().encode('%PDF-1.7\nnot really a letter, but bytes to keep\n%%EOF')

function form(overrides: Partial<RequestFormInput> = {}) {
  const base = emptyRequestForm(today)
  return requestFormSchema(today).parse({
    ...base,
    received: '2026-11-25',
    requester: { ...base.requester, name: 'Ελένη Παπαδοπούλου', postalAddress: '27 Lansdowne Road\nManchester M20 2PL' },
    rights: ['access'],
    ...overrides
  })
}

function compose(templateId: TemplateId, c: Case) {
  return composeLetter(templateId, letterFactsFromCase(templateId, c, settings, { date: today, inputs: suggestedInputs(templateId, c) }))
}

beforeEach(async () => {
  db = openCasebookDb(`letters-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('issuing a letter', () => {
  it('keeps its content, its PDF and their SHA-256, with a history entry saying which letter, how sent and who', async () => {
    const c = await createCase(db, form(), actor)
    const letter = compose('acknowledgement', c)
    const issued = await issueLetter(db, { caseId: c.id!, letter, pdf: PDF, pageSize: 'A4', sentBy: 'post' }, actor)
    expect(issued).toMatchObject({
      caseId: c.id,
      reference: c.reference,
      templateId: 'acknowledgement',
      title: 'Acknowledgement of a request',
      issuedOn: today,
      issuedAt: '2026-12-01T10:00:00.000Z',
      issuedBy: 'Priya Shah',
      sentBy: 'post',
      sha256: bytesToHex(sha256(PDF))
    })
    const [stored] = await caseLetters(db, c.id!)
    expect(stored!.content).toEqual(letter)
    expect(Buffer.from(stored!.pdf).equals(Buffer.from(PDF))).toBe(true)
    const entry = (await caseHistory(db, c.id!)).at(-1)!
    expect(entry.action).toBe('Letter issued: Acknowledgement of a request')
    expect(entry.author).toBe('Priya Shah')
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'letter.sentBy', label: 'Sent by', from: '', to: 'Post' },
        { field: 'letter.sha256', label: 'PDF SHA-256', from: '', to: stored!.sha256 }
      ])
    )
    expect((await verifyHistory(db)).broken).toBeUndefined()
  })

  it('marks the deadline the letter meets, and says which in the history', async () => {
    const logged = await createCase(db, form({ received: '2026-11-02' }), actor)
    const c = await recordCaseEvent(db, logged.id!, { type: 'extension-applied', date: '2026-11-20', reason: 'Four archived systems.' }, actor)
    const letter = compose('extension-notice', c)
    expect(letter.missingFields).toEqual([])
    await issueLetter(db, { caseId: c.id!, letter, pdf: PDF, pageSize: 'A4', sentBy: 'email', markDeadline: 'extension-notice' }, actor)
    expect((await getCase(db, c.id!))!.clock.met['extension-notice']).toBe(today)
    const entry = (await caseHistory(db, c.id!)).at(-1)!
    expect(entry.changes).toContainEqual({ field: 'clock.met.extension-notice', label: 'Deadline met: Send the extension notice', from: '', to: today })
    expect((await verifyHistory(db)).broken).toBeUndefined()
  })

  it('refuses a letter with a hole, naming the field, and writes nothing', async () => {
    const c = await createCase(db, form(), actor)
    const letter = composeLetter('acknowledgement', letterFactsFromCase('acknowledgement', c, { ...settings, signatoryName: '' }, { date: today }))
    expect(letter.missingFields).toEqual(['signatory.name'])
    await expect(issueLetter(db, { caseId: c.id!, letter, pdf: PDF, pageSize: 'A4', sentBy: 'post' }, actor)).rejects.toThrow(/signatory\.name/)
    expect(await caseLetters(db, c.id!)).toEqual([])
    expect(await caseHistory(db, c.id!)).toHaveLength(1)
  })

  it('issues a letter once its hole is edited out of the wording', async () => {
    const c = await createCase(db, form(), actor)
    const composed = compose('identity-verification', c)
    expect(composed.missingFields.length).toBeGreaterThan(0)
    const holes = composed.paragraphs.filter((p) => p.includes('[['))
    const edited = withEdits(composed, {
      subject: composed.subject,
      paragraphs: composed.paragraphs.map((p) => (holes.includes(p) ? p.replace(/\[\[[\w.]+\]\]/g, 'a copy of your passport') : p))
    })
    expect(holesInLetter(edited)).toEqual([])
    await issueLetter(db, { caseId: c.id!, letter: edited, pdf: PDF, pageSize: 'A4', sentBy: 'hand' }, actor)
    expect((await caseLetters(db, c.id!))[0]!.content.paragraphs.join('\n')).toContain('a copy of your passport')
  })

  it('refuses bytes that are not a PDF, and a letter for another case', async () => {
    const c = await createCase(db, form(), actor)
    const other = await createCase(db, form(), actor)
    const letter = compose('acknowledgement', c)
    await expect(issueLetter(db, { caseId: c.id!, letter, pdf: new Uint8Array([1, 2]), pageSize: 'A4', sentBy: 'post' }, actor)).rejects.toThrow(/PDF/)
    await expect(issueLetter(db, { caseId: other.id!, letter, pdf: PDF, pageSize: 'A4', sentBy: 'post' }, actor)).rejects.toThrow(/not for case/)
    expect(await db.letters.count()).toBe(0)
  })

  it('leaves the marking out when it cannot be done, issuing nothing at all', async () => {
    const c = await createCase(db, form(), actor)
    const letter = compose('acknowledgement', c)
    await expect(
      issueLetter(db, { caseId: c.id!, letter, pdf: PDF, pageSize: 'A4', sentBy: 'post', markDeadline: 'acknowledge' }, actor)
    ).rejects.toThrow(/no such deadline/)
    expect(await db.letters.count()).toBe(0)
    expect(await caseHistory(db, c.id!)).toHaveLength(1)
  })
})

describe('a batch', () => {
  it('issues one record and one history entry per case, in one go', async () => {
    const cases = [await createCase(db, form(), actor), await createCase(db, form(), actor), await createCase(db, form(), actor)]
    const issued = await issueLetters(
      db,
      cases.map((c) => ({ caseId: c.id!, letter: compose('acknowledgement', c), pdf: PDF, pageSize: 'A4' as const, sentBy: 'post' as const, batchId: 'b1' })),
      actor
    )
    expect(issued.map((l) => l.reference)).toEqual(cases.map((c) => c.reference))
    expect(await db.letters.where('batchId').equals('b1').count()).toBe(3)
    for (const c of cases) expect((await caseHistory(db, c.id!)).at(-1)!.action).toBe('Letter issued: Acknowledgement of a request')
    expect(await issuedTemplateIds(db, cases[0]!.id!)).toEqual(['acknowledgement'])
  })

  it('issues none when one of them cannot be', async () => {
    const good = await createCase(db, form(), actor)
    const bad = await createCase(db, form(), actor)
    const holed = composeLetter('acknowledgement', letterFactsFromCase('acknowledgement', bad, { ...settings, signatoryName: '' }, { date: today }))
    await expect(
      issueLetters(
        db,
        [
          { caseId: good.id!, letter: compose('acknowledgement', good), pdf: PDF, pageSize: 'A4', sentBy: 'post' },
          { caseId: bad.id!, letter: holed, pdf: PDF, pageSize: 'A4', sentBy: 'post' }
        ],
        actor
      )
    ).rejects.toThrow(/signatory\.name/)
    expect(await db.letters.count()).toBe(0)
  })
})

describe('file names', () => {
  it('are made of the reference, the template and the date, safe on every system', () => {
    expect(letterFileName({ reference: 'PR-2026-0042', title: 'Refusal (in full or in part)', date: today })).toBe('PR-2026-0042 Refusal (in full or in part) 2026-12-01.pdf')
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.')).toBe('a b c d e f g h i j')
    expect(safeFileName('CON')).toBe('_CON')
    expect(safeFileName('  ')).toBe('Letter')
  })
})

describe('the letterhead logo', () => {
  it('is kept as bytes in the settings, and can be removed', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    await saveLetterheadLogo(db, { bytes, name: 'logo.png', format: 'png' })
    const logo = await getLetterheadLogo(db)
    expect(logo?.name).toBe('logo.png')
    expect(Array.from(logo!.bytes)).toEqual(Array.from(bytes))
    await removeLetterheadLogo(db)
    expect(await getLetterheadLogo(db)).toBeUndefined()
  })
})
