import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { caseAttachments, caseHistory, createCase, getCase, recordCaseEvent, updateCaseFacts } from '../../../renderer/repositories/cases'
import { complaintsAbout, deletionBlockers, findRequestsToLink, recordEscalationEvent } from '../../../renderer/repositories/escalations'
import { saveOfficeSettings } from '../../../renderer/repositories/settings'
import { listCases } from '../../../renderer/repositories/case-list'
import { emptyRequestForm, requestFormSchema, type RequestFormInput } from '../../../src/domain/request-form'
import { DEFAULT_SETTINGS } from '../../../src/domain/case'
import { EscalationError, type EscalationEvent } from '../../../src/escalations/events'

let db: CasebookDb
let n = 0
const today = '2026-12-01'
const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }
const ICO = { id: 'ico', name: "Information Commissioner's Office", shortName: 'ICO' }

function form(overrides: Partial<RequestFormInput> = {}) {
  const base = emptyRequestForm(today)
  return requestFormSchema(today).parse({
    ...base,
    received: '2026-10-01',
    requester: { ...base.requester, name: 'Agnieszka Wąsowska', email: 'a.wasowska@example.pl' },
    rights: ['access'],
    ...overrides
  })
}

const complaintOf = (linkedCaseId: number | undefined, overrides: Partial<RequestFormInput> = {}) =>
  form({ kind: 'complaint', rights: [], received: '2026-11-20', summary: 'My access request was answered late.', linkedCaseId, ...overrides })

const escalate = (overrides: Partial<Extract<EscalationEvent, { type: 'escalated' }>> = {}): EscalationEvent => ({
  type: 'escalated',
  body: ICO,
  bodyReference: 'IC-123456-A1B2',
  letterReceived: '2026-11-25',
  officer: { name: 'Sam Jones', email: 'sam.jones@ico.org.uk', phone: '' },
  replyBy: '2026-12-16',
  asks: 'Explain how the request was handled.',
  ...overrides
})

beforeEach(async () => {
  db = openCasebookDb(`escalations-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

describe('a complaint linked to a request', () => {
  it('is logged as a complaint with the request it is about, the office target and empty escalations', async () => {
    await saveOfficeSettings(db, { ...DEFAULT_SETTINGS, staffName: 'Priya Shah', complaintTargetDays: 21 })
    const request = await createCase(db, form(), actor)
    const complaint = await createCase(db, complaintOf(request.id, { linkedReference: 'typed by hand' }), actor)
    const stored = (await getCase(db, complaint.id!))!
    expect(stored).toMatchObject({ kind: 'complaint', linkedCaseId: request.id, linkedReference: request.reference, officeTargetDays: 21, rights: [] })
    expect(stored).toMatchObject({ escalations: [], escalationBodies: [], escalationOutcomes: [] })
    expect(stored.deadlines.find((d) => d.key === 'office-target')?.due).toBe('2026-12-11')
    expect((await complaintsAbout(db, request.id!)).map((c) => c.reference)).toEqual([complaint.reference])
    const [logged] = await caseHistory(db, complaint.id!)
    expect(logged!.changes).toContainEqual({ field: 'linkedCaseId', label: 'Linked request', from: '', to: request.reference })
    expect(logged!.changes).toContainEqual({ field: 'kind', label: 'Kind', from: '', to: 'Complaint' })
  })

  it('a request gets no office target, and a link to a case that does not exist is refused', async () => {
    const request = await createCase(db, form(), actor)
    expect(request.officeTargetDays).toBeUndefined()
    await expect(createCase(db, complaintOf(999), actor)).rejects.toThrow(/linked request no longer exists/)
    expect(await db.cases.count()).toBe(1)
  })

  it('the link can be removed or changed by editing, with the history saying so; a complaint cannot link to itself', async () => {
    const first = await createCase(db, form(), actor)
    const second = await createCase(db, form({ requester: { name: 'John Smith', email: 'john@example.com', postalAddress: '', phone: '' } }), actor)
    const complaint = await createCase(db, complaintOf(first.id), actor)
    const moved = await updateCaseFacts(db, complaint.id!, complaintOf(second.id), actor)
    expect(moved.record.linkedCaseId).toBe(second.id)
    expect(moved.changes).toContainEqual({ field: 'linkedCaseId', label: 'Linked request', from: first.reference, to: second.reference })
    const removed = await updateCaseFacts(db, complaint.id!, complaintOf(undefined), actor)
    expect(removed.record.linkedCaseId).toBeUndefined()
    expect(await complaintsAbout(db, second.id!)).toEqual([])
    await expect(updateCaseFacts(db, complaint.id!, complaintOf(complaint.id), actor)).rejects.toThrow(/cannot be linked to itself/)
  })

  it('the picker finds requests by reference or name, never complaints', async () => {
    const request = await createCase(db, form(), actor)
    await createCase(db, complaintOf(request.id), actor)
    expect((await findRequestsToLink(db, request.reference)).map((c) => c.id)).toEqual([request.id])
    expect((await findRequestsToLink(db, 'wąso')).map((c) => c.id)).toEqual([request.id])
    expect((await findRequestsToLink(db, 'wasowska agn')).map((c) => c.id)).toEqual([request.id])
    expect(await findRequestsToLink(db, '  ')).toEqual([])
  })

  it('a request referred to by a complaint, or escalated without an outcome, says why it may not be deleted', async () => {
    const request = await createCase(db, form(), actor)
    expect(await deletionBlockers(db, request.id!)).toEqual([])
    const complaint = await createCase(db, complaintOf(request.id), actor)
    await recordEscalationEvent(db, request.id!, escalate(), actor)
    expect(await deletionBlockers(db, request.id!)).toEqual([
      `The complaint ${complaint.reference} refers to ${request.reference}: remove the link first, or deal with the complaint.`,
      `${request.reference} is escalated to the ICO (IC-123456-A1B2), and no outcome is recorded yet.`
    ])
  })
})

describe('escalating', () => {
  it('writes the escalation on the case and its history entry together, and the reply date drives nextDue', async () => {
    const request = await createCase(db, form(), actor)
    const after = await recordEscalationEvent(db, request.id!, escalate(), actor)
    const stored = (await getCase(db, request.id!))!
    expect(stored.escalations).toEqual(after.escalations)
    expect(stored.escalationBodies).toEqual(['ico'])
    // The request's own response fell due on 2 November (1 November was a Sunday): overdue, and earlier than the ICO's date.
    expect(stored.nextDue).toBe('2026-11-02')
    const history = await caseHistory(db, request.id!)
    expect(history.map((h) => h.action)).toEqual(['Case logged', 'Escalated to the ICO'])
    expect(history[1]!.changes).toContainEqual({ field: 'escalations.e1.bodyReference', label: "Body's reference", from: '', to: 'IC-123456-A1B2' })
  })

  it('on a closed request, only the reply date counts; documents sent end it', async () => {
    const request = await createCase(db, form(), actor)
    await recordCaseEvent(db, request.id!, { type: 'status-changed', to: 'closed', outcome: 'withdrawn' }, actor)
    await recordEscalationEvent(db, request.id!, escalate(), actor)
    expect((await getCase(db, request.id!))!.nextDue).toBe('2026-12-16')
    expect(await db.cases.where('nextDue').between(today, '2026-12-31', true, true).count()).toBe(1)
    await recordEscalationEvent(db, request.id!, { type: 'documents-sent', escalationId: 'e1', date: '2026-11-30', description: 'Reply and enclosures' }, actor)
    expect((await getCase(db, request.id!))!.nextDue).toBeUndefined()
  })

  it("keeps the body's letter with the case, in the same write as the escalation", async () => {
    const request = await createCase(db, form(), actor)
    const bytes = new TextEncoder().encode('From: casework@ico.org.uk')
    await recordEscalationEvent(db, request.id!, escalate(), actor, [{ role: 'original-email', name: 'ico-letter.eml', mimeType: 'message/rfc822', bytes }])
    const files = await caseAttachments(db, request.id!)
    expect(files.map((f) => [f.name, f.size])).toEqual([['ico-letter.eml', bytes.byteLength]])
    const [, escalated] = await caseHistory(db, request.id!)
    expect(escalated!.changes).toContainEqual({ field: 'attachments', label: 'File kept with the case', from: '', to: 'ico-letter.eml' })
    await expect(
      recordEscalationEvent(db, request.id!, escalate({ bodyReference: 'IC-999999-ZZZZ', letterReceived: '' }), actor, [
        { role: 'original-email', name: 'second.eml', mimeType: 'message/rfc822', bytes }
      ])
    ).rejects.toBeInstanceOf(EscalationError)
    expect(await caseAttachments(db, request.id!)).toHaveLength(1)
  })

  it('a refused escalation changes nothing and writes no history', async () => {
    const request = await createCase(db, form(), actor)
    await expect(recordEscalationEvent(db, request.id!, escalate({ replyBy: '2026-11-01' }), actor)).rejects.toBeInstanceOf(EscalationError)
    expect((await getCase(db, request.id!))!.escalations).toEqual([])
    expect(await caseHistory(db, request.id!)).toHaveLength(1)
  })
})

describe('the case list filters', () => {
  it('filters by "escalated", by body and by outcome, and by kind', async () => {
    const plain = await createCase(db, form(), actor)
    const toIco = await createCase(db, form(), actor)
    const toAaa = await createCase(db, complaintOf(plain.id), actor)
    await recordEscalationEvent(db, toIco.id!, escalate(), actor)
    await recordEscalationEvent(
      db,
      toAaa.id!,
      escalate({ body: { id: 'aaa', name: 'American Arbitration Association', shortName: 'AAA' }, bodyReference: '01-26-0001', letterReceived: '2026-11-26' }),
      actor
    )
    await recordEscalationEvent(db, toAaa.id!, { type: 'decided', escalationId: 'e1', decision: '', outcome: 'arbitration-award', outcomeDate: '2026-11-30' }, actor)
    const refs = async (q: Parameters<typeof listCases>[1]) => (await listCases(db, q)).rows.map((c) => c.reference).sort()
    expect(await refs({ sort: 'reference-asc', escalatedTo: 'any' })).toEqual([toIco.reference, toAaa.reference].sort())
    expect(await refs({ sort: 'reference-asc', escalatedTo: 'ico' })).toEqual([toIco.reference])
    expect(await refs({ sort: 'received-desc', escalatedTo: 'aaa' })).toEqual([toAaa.reference])
    expect(await refs({ sort: 'name-asc', escalationOutcome: 'pending' })).toEqual([toIco.reference])
    expect(await refs({ sort: 'reference-asc', escalationOutcome: 'arbitration-award' })).toEqual([toAaa.reference])
    expect(await refs({ sort: 'reference-asc', kind: 'complaint' })).toEqual([toAaa.reference])
    expect(await refs({ sort: 'reference-asc', escalatedTo: 'ico', search: 'wasowska' })).toEqual([toIco.reference])
    expect(await db.cases.where('escalationBodies').equals('ico').count()).toBe(1)
  })
})
