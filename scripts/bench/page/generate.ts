import type { Case, HistoryEntry } from '../../../src/domain/case'
import { factsFromForm, indexFields, initialFacts } from '../../../src/domain/case-facts'
import { formatReference } from '../../../src/domain/reference'
import { requestFormSchema, emptyRequestForm } from '../../../src/domain/request-form'
import type { Right } from '../../../src/domain/rights'
import { emptyClock, withDeadlines } from '../../../src/cases/deadline-state'
import { CHAIN_START, entryHash } from '../../../src/history/chain'
import { addDays } from '../../../src/deadlines/calendar-date'

const FIRST = ['Agnieszka', 'Ελένη', 'Дмитрий', 'John', 'Zoë', 'Priya', 'Mohammed', 'Sofia', 'Liam', 'Chen', 'Olivia', 'Mateo', 'Aoife', 'Lukas', 'Fatima']
const LAST = ['Wąsowska', 'Παπαδοπούλου', 'Иванов', 'Smith', 'Adams', 'Shah', 'Khan', 'García', "O'Brien", 'Wang', 'Brown', 'Rossi', 'Murphy', 'Müller', 'Haddad']
const RIGHTS: Right[][] = [['access'], ['erasure'], ['access', 'erasure'], ['marketing-opt-out'], ['rectification'], ['sale-sharing-opt-out'], ['objection']]
const REGIMES = [
  { regime: 'UK-GDPR', jurisdiction: 'GB-ENG' },
  { regime: 'UK-GDPR', jurisdiction: 'GB-SCT' },
  { regime: 'EU-GDPR', jurisdiction: 'FR' },
  { regime: 'EU-GDPR', jurisdiction: 'DE' },
  { regime: 'CCPA', jurisdiction: '' },
  { regime: 'PIPEDA', jurisdiction: '' }
] as const
const CHANNELS = ['email', 'post', 'phone', 'web-form', 'in-person'] as const

/** A deterministic, realistic office: n cases over about three years before `today`, each with its history. */
export function generateOffice(n: number, today = '2026-12-01'): { cases: Case[]; events: HistoryEntry[] } {
  const schema = requestFormSchema(today)
  const cases: Case[] = []
  const events: HistoryEntry[] = []
  for (let i = 0; i < n; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`
    const place = REGIMES[i % REGIMES.length]!
    const received = addDays(today, -((i * 37) % 1100))
    const form = schema.parse({
      ...emptyRequestForm(today),
      channel: CHANNELS[i % CHANNELS.length],
      received,
      requester: { name: `${name} ${i}`, email: `person${i}@example.com`, postalAddress: `${i} High Street\nLondon`, phone: '' },
      rights: RIGHTS[i % RIGHTS.length],
      regime: place.regime,
      jurisdiction: place.jurisdiction,
      summary: `Request ${i}: please send me a copy of the personal data you hold about me, and then delete it.`
    })
    const facts = factsFromForm(form)
    const reference = formatReference(2026 - Math.floor(((i * 37) % 1100) / 365), i + 1)
    const at = `${received}T10:00:00.000Z`
    const status = i % 4 === 0 ? 'closed' : i % 4 === 1 ? 'in-progress' : 'received'
    const base = {
      ...facts,
      ...indexFields(reference, facts),
      id: i + 1,
      reference,
      kind: 'request' as const,
      status,
      ...(status === 'closed' ? { outcome: 'fulfilled' as const, closedOn: addDays(received, 20) } : {}),
      clock: emptyClock(),
      createdAt: at,
      updatedAt: at
    } satisfies Partial<Case>
    const record = { ...base, ...withDeadlines(base as Case) } as Case
    const entry = { caseId: i + 1, at, author: 'Priya Shah', action: 'Case logged', changes: initialFacts(facts) }
    const hash = entryHash(entry, CHAIN_START)
    events.push({ ...entry, id: i + 1, prevHash: CHAIN_START, hash })
    cases.push({ ...record, historyHead: hash })
  }
  return { cases, events }
}
