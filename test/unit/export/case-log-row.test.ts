import { describe, expect, it } from 'vitest'
import type { Case } from '../../../src/domain/case'
import { CASE_LOG_HEADERS, caseLogRow, deadlineCells } from '../../../src/export/case-log-row'

function deadline(key: string, label: string, due: string) {
  return { key, label, due, unadjusted: due, start: '2026-01-05', steps: [], citation: 'test' }
}

/** A CCPA request: confirmed on time, answered late after an extension, with one clarification pause, closed as refused. */
const closedCase: Case = {
  id: 7,
  reference: 'PR-2026-0007',
  kind: 'request',
  channel: 'web-form',
  received: '2026-01-05',
  requester: { name: 'Zoë Adams', email: 'zoe@example.com', postalAddress: '1 Road', phone: '' },
  rights: ['access', 'sale-sharing-opt-out', 'other'],
  otherRight: 'Know the sources',
  regime: 'CCPA',
  jurisdiction: '',
  regimeOther: '',
  summary: 'Secret summary',
  notes: 'Secret notes',
  status: 'closed',
  outcome: 'refused',
  refusalReason: 'Identity could not be verified',
  closedOn: '2026-04-10',
  clock: {
    clarifications: [{ requested: '2026-01-10', received: '2026-01-20' }, { requested: '2026-02-01' }],
    extension: { applied: '2026-02-10', reason: 'Numerous requests' },
    met: { acknowledge: '2026-01-12', respond: '2026-04-08' }
  },
  deadlines: [
    deadline('acknowledge', 'Confirm receipt of the request', '2026-01-15'),
    deadline('respond', 'Respond to the request', '2026-04-05'),
    deadline('opt-out', 'Stop selling or sharing the personal information', '2026-01-20')
  ],
  deadlineNotes: [],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-04-10T10:00:00.000Z',
  searchTokens: [],
  nameKey: 'zoë adams'
}

function byHeader(c: Case): Record<string, string> {
  const row = caseLogRow(c)
  expect(row).toHaveLength(CASE_LOG_HEADERS.length)
  return Object.fromEntries(CASE_LOG_HEADERS.map((h, i) => [h, row[i]!]))
}

describe('caseLogRow', () => {
  it('says what became of each right of a request partly fulfilled', () => {
    const partly: Case = { ...closedCase, outcome: 'partly-fulfilled', rightOutcomes: { access: 'fulfilled', 'sale-sharing-opt-out': 'refused', other: 'withdrawn' } }
    expect(byHeader(partly)).toMatchObject({ Outcome: 'Partly fulfilled', 'Outcome by right': 'Access: fulfilled; Sale/sharing opt-out: refused; Other: withdrawn' })
  })

  it('turns a known closed case into its known row', () => {
    expect(byHeader(closedCase)).toEqual({
      Reference: 'PR-2026-0007',
      Kind: 'Request',
      Channel: 'Web form',
      Received: '2026-01-05',
      'Requester name': 'Zoë Adams',
      'Requester email': 'zoe@example.com',
      Rights: 'Access; Sale/sharing opt-out; Other: Know the sources',
      Regime: 'CCPA/CPRA (California)',
      Jurisdiction: '',
      Status: 'Closed',
      'Acknowledge: due': '2026-01-15',
      'Acknowledge: done on': '2026-01-12',
      'Acknowledge: on time': 'yes',
      'Respond: due': '2026-04-05',
      'Respond: done on': '2026-04-08',
      'Respond: on time': 'no',
      'Extension notice: due': '',
      'Extension notice: done on': '',
      'Extension notice: on time': '',
      // Not recorded separately: met by the response.
      'Sale/sharing opt-out: due': '2026-01-20',
      'Sale/sharing opt-out: done on': '2026-04-08',
      'Sale/sharing opt-out: on time': 'no',
      'Marketing opt-out: due': '',
      'Marketing opt-out: done on': '',
      'Marketing opt-out: on time': '',
      'Complaint acknowledgement: due': '',
      'Complaint acknowledgement: done on': '',
      'Complaint acknowledgement: on time': '',
      'Complaint response: due': '',
      'Complaint response: done on': '',
      'Complaint response: on time': '',
      'Office target (complaint): due': '',
      'Office target (complaint): done on': '',
      'Office target (complaint): on time': '',
      'Extension applied': '2026-02-10',
      'Extension reason': 'Numerous requests',
      'Clarification pauses': '2026-01-10 to 2026-01-20; 2026-02-01 to (awaited)',
      Outcome: 'Refused',
      'Outcome by right': '',
      'Refusal reason': 'Identity could not be verified',
      'Escalation body': '',
      'Escalation reference': '',
      'Escalation outcome': '',
      'Closed on': '2026-04-10',
      'Days taken': '95'
    })
  })

  it('never exports the summary, the notes, the address or the phone', () => {
    const row = caseLogRow(closedCase).join('|')
    expect(row).not.toContain('Secret')
    expect(row).not.toContain('1 Road')
  })

  it('says "open" for a pending deadline of an open case, and leaves closing columns empty', () => {
    const open: Case = {
      ...closedCase,
      status: 'in-progress',
      outcome: undefined,
      refusalReason: undefined,
      closedOn: undefined,
      regime: 'UK-GDPR',
      jurisdiction: 'GB-SCT',
      clock: { clarifications: [], met: {} },
      deadlines: [deadline('respond', 'Respond to the request', '2026-02-05')]
    }
    const row = byHeader(open)
    expect(row['Respond: due']).toBe('2026-02-05')
    expect(row['Respond: done on']).toBe('')
    expect(row['Respond: on time']).toBe('open')
    expect(row.Jurisdiction).toBe('Scotland')
    expect(row['Closed on']).toBe('')
    expect(row['Days taken']).toBe('')
    expect(row.Outcome).toBe('')
  })

  it('counts a deadline met on its due day as on time, and a closed case without a response by its closing day', () => {
    const withdrawn: Case = {
      ...closedCase,
      outcome: 'withdrawn',
      refusalReason: undefined,
      closedOn: '2026-01-15',
      clock: { clarifications: [], met: {} }
    }
    expect(deadlineCells(withdrawn, 'acknowledge')).toEqual({ due: '2026-01-15', doneOn: '2026-01-15', onTime: 'yes' })
    expect(deadlineCells(withdrawn, 'opt-out')).toEqual({ due: '2026-01-20', doneOn: '2026-01-15', onTime: 'yes' })
    expect(deadlineCells({ ...withdrawn, closedOn: '2026-01-16' }, 'acknowledge').onTime).toBe('no')
  })

  it('names each escalation\'s body, reference and outcome, in order, and a complaint\'s office target', () => {
    const officer = { name: '', email: '', phone: '' }
    const complaint: Case = {
      ...closedCase,
      kind: 'complaint',
      status: 'in-progress',
      closedOn: undefined,
      outcome: undefined,
      refusalReason: undefined,
      clock: { clarifications: [], met: { 'office-target': '2026-02-10' } },
      deadlines: [deadline('office-target', 'Answer the complaint (office target: 30 days)', '2026-02-04')],
      escalations: [
        { id: 'e1', body: { id: 'ico', name: "Information Commissioner's Office" }, bodyReference: 'IC-123456-A1B2', letterReceived: '2026-03-01', officer, asks: '', documentsSent: [], outcome: 'no-infringement', outcomeDate: '2026-05-01' },
        { id: 'e2', body: { id: 'aaa', name: 'American Arbitration Association' }, bodyReference: '', letterReceived: '2026-04-01', officer, asks: '', documentsSent: [] }
      ]
    }
    const row = byHeader(complaint)
    expect(row.Kind).toBe('Complaint')
    expect(row['Escalation body']).toBe("Information Commissioner's Office; American Arbitration Association")
    expect(row['Escalation reference']).toBe('IC-123456-A1B2; none given')
    expect(row['Escalation outcome']).toBe('No infringement; pending')
    expect([row['Office target (complaint): due'], row['Office target (complaint): done on'], row['Office target (complaint): on time']]).toEqual(['2026-02-04', '2026-02-10', 'no'])
  })

  it('labels every column uniquely', () => {
    expect(new Set(CASE_LOG_HEADERS).size).toBe(CASE_LOG_HEADERS.length)
  })
})
