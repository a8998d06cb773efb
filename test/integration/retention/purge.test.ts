import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCasebookDb, type CasebookDb } from '../../../renderer/db/database'
import { createCase, recordCaseEvent, updateCaseFacts } from '../../../renderer/repositories/cases'
import { caseLinkedTables, endLegalHold, purgeCases, purgeLog, putOnLegalHold, reviewRetention } from '../../../renderer/repositories/retention'
import { emptyRequestForm, requestFormSchema, type RequestForm } from '../../../src/domain/request-form'

let db: CasebookDb
let n = 0
const at = (iso: string) => ({ author: 'Priya Shah', now: new Date(`${iso}T10:00:00Z`), timeZone: 'Europe/London' })
const TODAY = '2026-12-01'
const now = at(TODAY)

beforeEach(async () => {
  db = openCasebookDb(`retention-test-${++n}`)
  // Tables a later version may add (letters, tasks…): the purge must find them from the schema alone.
  db.version(1).stores({ testLetters: '++id, caseId', testTasks: '++id, [caseId+due]', testNotes: '&caseId' })
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

function form(name: string, received: string, summary = ''): RequestForm {
  const base = emptyRequestForm(received)
  return requestFormSchema(received).parse({
    ...base,
    requester: { ...base.requester, name, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com` },
    rights: ['access'],
    summary
  })
}

/** A case received on `received` and closed (withdrawn) on `closedOn`. */
async function closedCase(name: string, received: string, closedOn: string, summary = '') {
  const c = await createCase(db, form(name, received, summary), at(received), [
    { role: 'original-email', name: `${name}.eml`, mimeType: 'message/rfc822', bytes: new TextEncoder().encode(`From: ${name}\r\n\r\n${summary}`) }
  ])
  await recordCaseEvent(db, c.id!, { type: 'status-changed', to: 'closed', outcome: 'withdrawn' }, at(closedOn))
  return c
}

/** Every row of every table as text, byte arrays decoded, so a string anywhere in the database is found. */
async function everything(): Promise<string> {
  const decoder = new TextDecoder()
  const dump: string[] = []
  for (const table of db.tables) {
    const rows = await table.toArray()
    dump.push(table.name, JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? decoder.decode(v) : v)))
  }
  return dump.join('\n')
}

describe('retention', () => {
  it('lists closed cases past the period, oldest first, and keeps those on legal hold and those still within it', async () => {
    const old = await closedCase('Old Closed', '2022-01-10', '2022-03-01')
    const older = await closedCase('Older Closed', '2021-05-01', '2021-06-15')
    const recent = await closedCase('Recent Closed', '2024-01-10', '2024-06-01')
    const held = await closedCase('Held Closed', '2022-01-10', '2022-02-01')
    await createCase(db, form('Still Open', '2022-01-10'), at('2022-01-10'))
    await putOnLegalHold(db, held.id!, 'Litigation hold: Smith v Northwind', now)

    const review = await reviewRetention(db, 3, TODAY)
    expect(review.due.map((c) => c.reference)).toEqual([older.reference, old.reference])
    expect(review.held.map((c) => c.reference)).toEqual([held.reference])
    expect((await reviewRetention(db, 2, TODAY)).due.map((c) => c.reference)).toEqual([older.reference, old.reference, recent.reference])
    // Closed 2022-03-01, kept three years: until 2025-03-01, due from the day after.
    expect((await reviewRetention(db, 3, '2025-03-01')).due.map((c) => c.reference)).toEqual([older.reference])
    expect((await reviewRetention(db, 3, '2025-03-02')).due.map((c) => c.reference)).toEqual([older.reference, old.reference])
  })

  it('after a purge, nothing in any table contains the canary; the held case and the purge log remain', async () => {
    const canary = 'Zx9Canary7q'
    const target = await closedCase(`Agnes ${canary}`, '2022-01-10', '2022-03-01', `Summary mentioning ${canary}`)
    await recordCaseEvent(db, target.id!, { type: 'status-changed', to: 'in-progress' }, at('2022-03-02'))
    await updateCaseFacts(db, target.id!, { ...form(`Agnes ${canary}`, '2022-01-10', `Summary mentioning ${canary}`), notes: `Notes ${canary}` }, at('2022-03-02'))
    await recordCaseEvent(db, target.id!, { type: 'status-changed', to: 'closed', outcome: 'withdrawn' }, at('2022-03-03'))
    await db.table('testLetters').add({ caseId: target.id, body: `Dear Agnes ${canary}` })
    await db.table('testTasks').add({ caseId: target.id, due: '2022-02-01', note: `Call ${canary}` })
    await db.table('testNotes').add({ caseId: target.id, note: `Kept apart ${canary}` })

    const heldCanary = 'Hq4Held2w'
    const held = await closedCase(`Holly ${heldCanary}`, '2022-01-10', '2022-02-01', heldCanary)
    await putOnLegalHold(db, held.id!, 'Regulator inquiry', now)
    const bystander = await createCase(db, form('Bystander Open', '2026-11-01'), at('2026-11-01'))
    await db.table('testLetters').add({ caseId: bystander.id, body: 'Dear Bystander' })

    expect(await everything()).toContain(canary)
    expect(caseLinkedTables(db).map((l) => l.table.name)).toEqual(expect.arrayContaining(['attachments', 'events', 'testLetters', 'testNotes', 'testTasks']))
    expect(caseLinkedTables(db).map((l) => l.table.name)).not.toContain('cases')

    const review = await reviewRetention(db, 3, TODAY)
    expect(review.due.map((c) => c.id)).toEqual([target.id])
    const result = await purgeCases(db, [target.id!, held.id!, bystander.id!], 'Priya Shah', 3, now)
    expect(result).toMatchObject({ deleted: 1, kept: 2 })

    const dump = await everything()
    expect(dump).not.toContain(canary)
    expect(dump).not.toContain(target.reference)
    expect(dump).toContain(heldCanary)
    expect(await db.cases.get(held.id!)).toBeDefined()
    expect(await db.cases.get(bystander.id!)).toBeDefined()
    expect(await db.table('testLetters').where('caseId').equals(bystander.id!).count()).toBe(1)
    expect(await db.events.where('caseId').equals(held.id!).count()).toBeGreaterThan(0)
  })

  it('keeps an anonymous purge log: date, number of cases, who confirmed, and the period — nothing else', async () => {
    const a = await closedCase('Anna Purged', '2021-01-04', '2021-02-01')
    const b = await closedCase('Bert Purged', '2021-01-05', '2021-02-02')
    await purgeCases(db, [a.id!, b.id!], 'Priya Shah', 3, now)
    const log = await purgeLog(db)
    expect(log).toEqual([{ id: 1, at: '2026-12-01T10:00:00.000Z', count: 2, confirmedBy: 'Priya Shah', retentionYears: 3 }])
    const text = JSON.stringify(log)
    for (const personal of ['Anna', 'Bert', a.reference, b.reference, '2021-']) expect(text).not.toContain(personal)
    expect(await db.cases.count()).toBe(0)
    expect(await db.events.count()).toBe(0)
    expect(await db.attachments.count()).toBe(0)
  })

  it('does not purge a case put on hold after it was listed, nor one reopened; writes no log line when nothing went', async () => {
    const c = await closedCase('Late Hold', '2021-01-04', '2021-02-01')
    const listed = (await reviewRetention(db, 3, TODAY)).due.map((x) => x.id!)
    expect(listed).toEqual([c.id])
    await putOnLegalHold(db, c.id!, 'Subject access dispute', now)
    expect(await purgeCases(db, listed, 'Priya Shah', 3, now)).toEqual({ deleted: 0, kept: 1 })
    expect(await db.cases.get(c.id!)).toBeDefined()
    expect(await db.purges.count()).toBe(0)

    await endLegalHold(db, c.id!, now)
    expect((await reviewRetention(db, 3, TODAY)).due.map((x) => x.id)).toEqual([c.id])
    await recordCaseEvent(db, c.id!, { type: 'status-changed', to: 'in-progress' }, now)
    expect(await purgeCases(db, [c.id!], 'Priya Shah', 3, now)).toEqual({ deleted: 0, kept: 1 })
  })

  it('records placing and lifting a legal hold in the history, and refuses a hold without a reason', async () => {
    const c = await closedCase('Hold History', '2021-01-04', '2021-02-01')
    await expect(putOnLegalHold(db, c.id!, '   ', now)).rejects.toThrow(/reason/)
    const held = await putOnLegalHold(db, c.id!, '  Litigation hold  ', now)
    expect(held.legalHold).toEqual({ since: TODAY, reason: 'Litigation hold', by: 'Priya Shah' })
    await expect(putOnLegalHold(db, c.id!, 'Again', now)).rejects.toThrow(/already on legal hold/)
    await endLegalHold(db, c.id!, at('2026-12-02'))
    expect((await db.cases.get(c.id!))!.legalHold).toBeUndefined()
    const history = await db.events.where('caseId').equals(c.id!).sortBy('id')
    const holds = history.filter((e) => e.action.startsWith('Legal hold'))
    expect(holds.map((e) => [e.action, e.author, e.changes[0]!.from, e.changes[0]!.to])).toEqual([
      ['Legal hold placed', 'Priya Shah', '', `Since ${TODAY}: Litigation hold`],
      ['Legal hold lifted', 'Priya Shah', `Since ${TODAY}: Litigation hold`, '']
    ])
  })

  it('rolls everything back when the purge fails part-way', async () => {
    const a = await closedCase('Roll Back', '2021-01-04', '2021-02-01')
    const before = await everything()
    db.events.hook('deleting', () => {
      throw new Error('disk full')
    })
    await expect(purgeCases(db, [a.id!], 'Priya Shah', 3, now)).rejects.toThrow()
    expect(await everything()).toBe(before)
  })

  it('keeps a closed request a complaint still refers to, and says why', async () => {
    const request = await closedCase('Linked Request', '2022-01-10', '2022-03-01')
    const base = emptyRequestForm('2022-04-01')
    const complaint = requestFormSchema('2022-04-01').parse({
      ...base,
      kind: 'complaint',
      rights: [],
      requester: { ...base.requester, name: 'Linked Request', email: 'linked@example.com' },
      summary: 'The answer to my request was late.',
      linkedCaseId: request.id
    })
    await createCase(db, complaint, at('2022-04-01'))
    const review = await reviewRetention(db, 3, TODAY)
    expect(review.due.map((c) => c.id)).not.toContain(request.id)
    expect(review.blocked.map((b) => b.record.id)).toEqual([request.id])
    expect(review.blocked[0]!.reasons.join(' ')).toMatch(/refers to PR-2022-0001: remove the link first/)
    const result = await purgeCases(db, [request.id!], 'Priya Shah', 3, now)
    expect(result.deleted).toBe(0)
    expect(await db.cases.get(request.id!)).toBeDefined()
  })
})
