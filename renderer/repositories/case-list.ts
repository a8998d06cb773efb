import { cmp, type IndexableType } from 'dexie'
import type { CasebookDb } from '../db/database'
import type { Case, CaseKind } from '../../src/domain/case'
import type { Channel } from '../../src/domain/channels'
import type { Regime } from '../../src/domain/regimes'
import type { Right } from '../../src/domain/rights'
import type { Status } from '../../src/domain/status'

export const SORTS = {
  'received-desc': 'Received, newest first',
  'received-asc': 'Received, oldest first',
  'reference-desc': 'Reference, newest first',
  'reference-asc': 'Reference, oldest first',
  'name-asc': 'Requester, A to Z',
  'name-desc': 'Requester, Z to A'
} as const
export type CaseSort = keyof typeof SORTS

export interface CaseListQuery {
  status?: Status | 'open'
  right?: Right
  channel?: Channel
  regime?: Regime
  kind?: CaseKind
  /** 'any': escalated to some body; otherwise a body's id from the directory. */
  escalatedTo?: string
  /** An escalation outcome, or 'pending' while one is awaited. */
  escalationOutcome?: string
  search?: string
  sort: CaseSort
}

/** Where the next page starts: the sort key of the last row shown (keyset paging, never an offset). */
export type CaseCursor = IndexableType

export interface CasePage {
  rows: Case[]
  next?: CaseCursor
}

const SEARCH_LIMIT = 1000

function matchesFilters(query: CaseListQuery): (c: Case) => boolean {
  return (c) =>
    (query.status === undefined ||
      (query.status === 'open' ? c.status !== 'closed' : c.status === query.status)) &&
    (query.right === undefined || c.rights.includes(query.right)) &&
    (query.channel === undefined || c.channel === query.channel) &&
    (query.regime === undefined || c.regime === query.regime) &&
    (query.kind === undefined || c.kind === query.kind) &&
    (query.escalatedTo === undefined ||
      (query.escalatedTo === 'any' ? (c.escalationBodies ?? []).length > 0 : (c.escalationBodies ?? []).includes(query.escalatedTo))) &&
    (query.escalationOutcome === undefined || (c.escalationOutcomes ?? []).includes(query.escalationOutcome))
}

function sortKey(sort: CaseSort, c: Case): IndexableType {
  if (sort.startsWith('received')) return [c.received, c.id ?? 0]
  if (sort.startsWith('name')) return [c.nameKey, c.id ?? 0]
  return c.id ?? 0
}

function indexFor(sort: CaseSort): string {
  if (sort.startsWith('received')) return '[received+id]'
  if (sort.startsWith('name')) return '[nameKey+id]'
  return ':id'
}

function searchTerms(search: string): string[] {
  return search
    .normalize('NFKC')
    .toLocaleLowerCase()
    .split(/[\s,;]+/u)
    .filter(Boolean)
}

/** One page of the case list, filtered, sorted and searched through indexes. */
export async function listCases(
  db: CasebookDb,
  query: CaseListQuery,
  after?: CaseCursor,
  pageSize = 100
): Promise<CasePage> {
  const filter = matchesFilters(query)
  const terms = query.search ? searchTerms(query.search) : []
  if (terms.length > 0) return searchCases(db, query, terms, filter, after, pageSize)

  const descending = query.sort.endsWith('desc')
  const index = indexFor(query.sort)
  let collection: ReturnType<typeof db.cases.toCollection>
  if (after === undefined) {
    collection = index === ':id' ? db.cases.toCollection() : db.cases.orderBy(index)
  } else {
    const where = db.cases.where(index)
    collection = descending ? where.below(after) : where.above(after)
  }
  if (descending) collection = collection.reverse()
  const rows = await collection.filter(filter).limit(pageSize).toArray()
  const last = rows[rows.length - 1]
  return { rows, next: rows.length === pageSize && last ? sortKey(query.sort, last) : undefined }
}

async function searchCases(
  db: CasebookDb,
  query: CaseListQuery,
  terms: string[],
  filter: (c: Case) => boolean,
  after: CaseCursor | undefined,
  pageSize: number
): Promise<CasePage> {
  const [first, ...rest] = terms as [string, ...string[]]
  const matches = await db.cases
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((c) => filter(c) && rest.every((t) => c.searchTokens.some((token) => token.startsWith(t))))
    .limit(SEARCH_LIMIT)
    .toArray()
  const descending = query.sort.endsWith('desc')
  matches.sort((a, b) => {
    const order = cmp(sortKey(query.sort, a), sortKey(query.sort, b))
    return descending ? -order : order
  })
  const start =
    after === undefined ? 0 : matches.findIndex((c) => cmp(sortKey(query.sort, c), after) === 0) + 1
  const rows = matches.slice(start, start + pageSize)
  const last = rows[rows.length - 1]
  const more = start + pageSize < matches.length
  return { rows, next: more && last ? sortKey(query.sort, last) : undefined }
}
