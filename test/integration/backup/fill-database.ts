import type { CasebookDb } from '../../../renderer/db/database'
import { createCase, recordCaseEvent } from '../../../renderer/repositories/cases'
import { saveDraft } from '../../../renderer/repositories/drafts'
import { getOfficeSettings, saveOfficeSettings } from '../../../renderer/repositories/settings'
import type { IssuedLetter } from '../../../src/domain/case'
import { emptyRequestForm, requestFormSchema, type RequestFormInput } from '../../../src/domain/request-form'

export const today = '2026-12-01'
export const actor = { author: 'Priya Shah', now: new Date('2026-12-01T10:00:00Z'), timeZone: 'Europe/London' }

export function form(name: string, overrides: Partial<RequestFormInput> = {}) {
  const base = emptyRequestForm(today)
  return requestFormSchema(today).parse({
    ...base,
    received: '2026-11-20',
    requester: { ...base.requester, name, email: 'requester@example.org', postalAddress: '1 High Street\nLondon' },
    rights: ['access'],
    summary: 'Wants a copy of “everything”, including CCTV — 監視カメラ.',
    ...overrides
  })
}

/** A database with records in every table, made the way the app makes them. */
export async function fillDatabase(db: CasebookDb): Promise<void> {
  const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n')
  const first = await createCase(db, form('Agnieszka Wąsowska'), actor, [
    { role: 'original-email', name: 'request.eml', mimeType: 'message/rfc822', bytes: new TextEncoder().encode('From: a@example.pl\r\n\r\nHello') },
    { role: 'email-attachment', name: 'id.png', mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]) }
  ])
  const second = await createCase(db, form('Дмитрий Иванов', { regime: 'EU-GDPR', jurisdiction: 'DE', rights: ['erasure', 'objection'] }), actor)
  await recordCaseEvent(db, first.id!, { type: 'identity-requested', date: '2026-11-21' }, actor)
  await recordCaseEvent(db, first.id!, { type: 'identity-received', date: '2026-11-24' }, actor)
  await recordCaseEvent(db, second.id!, { type: 'status-changed', to: 'closed', outcome: 'withdrawn' }, actor)
  await saveOfficeSettings(db, { ...(await getOfficeSettings(db)), staffName: 'Priya Shah', organisationName: 'Northwind Trading Ltd' })
  await saveDraft(db, 'new-request', { requester: { name: 'Half typed' } }, actor.now)
  const letter: IssuedLetter = {
    caseId: first.id!,
    reference: first.reference,
    templateId: 'acknowledgement',
    title: 'Acknowledgement',
    content: { title: 'Acknowledgement', paragraphs: ['We received your request.'] } as unknown as IssuedLetter['content'],
    pdf,
    sha256: 'a'.repeat(64),
    pageSize: 'A4',
    issuedOn: '2026-11-21',
    issuedAt: '2026-11-21T09:00:00.000Z',
    issuedBy: 'Priya Shah',
    sentBy: 'post'
  }
  await db.letters.add(letter)
  await db.purges.add({ at: '2026-11-30T16:00:00.000Z', count: 3, confirmedBy: 'Priya Shah', retentionYears: 3 })
}

/** Every table's records, by table name, in primary-key order. */
export async function dumpDatabase(db: CasebookDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) dump[table.name] = await table.toArray()
  })
  return dump
}
