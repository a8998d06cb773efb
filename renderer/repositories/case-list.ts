import Dexie, { cmp, type IndexableType } from 'dexie'
import type { CasebookDb } from '../db/database'
import type { Case, CaseKind } from '../../src/domain/case'
import type { Channel } from '../../src/domain/channels'
import type { Regime } from '../../src/domain/regimes'
import type { Right } from '../../src/domain/rights'
import type { Status } from '../../src/domain/status'
import { FEW_CASES, fewCandidates, searchTerms } from './case-candidates'
import { headOf, type HeadOrder } from '../../src/domain/search-heads'

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

function matchesFilters(query: CaseListQuery, terms: string[]): (c: Case) => boolean {
  return (c) =>
    terms.every((term) => c.searchTokens.some((token) => token.startsWith(term))) &&
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

/** One page of the case list, filtered, sorted and searched through indexes. */
export async function listCases(
  db: CasebookDb,
  query: CaseListQuery,
  after?: CaseCursor,
  pageSize = 100,
  fewCases = FEW_CASES
): Promise<CasePage> {
  const terms = searchTerms(query.search ?? '')
  const filter = matchesFilters(query, terms)
  return db.transaction('r', db.cases, async () => {
    const few = fewCases > 0 ? await fewCandidates(db, query, terms, fewCases) : undefined
    if (few) return pageOfFew(db, query.sort, few, filter, after, pageSize)
    const head = drivingHead(terms) ?? filterHead(query)
    const order = headOrder(query.sort)
    if (head !== undefined && order !== undefined) return pageBySearchHead(db, query.sort, [order, head], filter, after, pageSize)
    return pageInSortOrder(db, query.sort, filter, after, pageSize)
  })
}

function headOrder(sort: CaseSort): HeadOrder | undefined {
  if (sort.startsWith('received')) return 'received'
  if (sort.startsWith('name')) return 'name'
  return undefined
}

/** The longest term's head: the most selective entry of the search index. */
function drivingHead(terms: string[]): string | undefined {
  const longest = [...terms].sort((a, b) => Array.from(b).length - Array.from(a).length)[0]
  return longest === undefined ? undefined : headOf(longest)
}

/** A filter of the query as its facet head, the most selective first. */
function filterHead(query: CaseListQuery): string | undefined {
  if (query.right) return `right=${query.right}`
  if (query.regime) return `regime=${query.regime}`
  if (query.channel) return `channel=${query.channel}`
  if (query.status) return query.status === 'open' ? 'open' : `status=${query.status}`
  if (query.kind) return `kind=${query.kind}`
  return undefined
}

function isPast(sort: CaseSort, after: CaseCursor | undefined): (c: Case) => boolean {
  if (after === undefined) return () => true
  const descending = sort.endsWith('desc')
  return (c) => (descending ? cmp(sortKey(sort, c), after) < 0 : cmp(sortKey(sort, c), after) > 0)
}

/** Walks the sort index from the cursor, filtering as it goes: quick when many cases pass the filter. */
async function pageInSortOrder(
  db: CasebookDb,
  sort: CaseSort,
  filter: (c: Case) => boolean,
  after: CaseCursor | undefined,
  pageSize: number
): Promise<CasePage> {
  const descending = sort.endsWith('desc')
  const index = indexFor(sort)
  let collection: ReturnType<typeof db.cases.toCollection>
  if (after === undefined) {
    collection = index === ':id' ? db.cases.toCollection() : db.cases.orderBy(index)
  } else {
    const where = db.cases.where(index)
    collection = descending ? where.below(after) : where.above(after)
  }
  if (descending) collection = collection.reverse()
  const rows = await collection.filter(filter).limit(pageSize).toArray()
  return pageOf(sort, rows, rows.length === pageSize)
}

/**
 * Walks the search heads index, which holds [order, head, sort key] and so
 * gives the matches in the list's order; reading stops when the page is full.
 */
async function pageBySearchHead(
  db: CasebookDb,
  sort: CaseSort,
  [order, head]: [HeadOrder, string],
  filter: (c: Case) => boolean,
  after: CaseCursor | undefined,
  pageSize: number
): Promise<CasePage> {
  const descending = sort.endsWith('desc')
  const from = after === undefined ? undefined : (after as [string, number])[0]
  const lowest = [order, head, descending || from === undefined ? Dexie.minKey : from]
  const highest = [order, head, !descending || from === undefined ? Dexie.maxKey : from]
  let collection = db.cases.where('searchHeads').between(lowest, highest, true, true)
  if (descending) collection = collection.reverse()
  const past = isPast(sort, after)
  const rows = await collection.filter((c) => past(c) && filter(c)).limit(pageSize).toArray()
  return pageOf(sort, rows, rows.length === pageSize)
}

/** Few enough candidates to read them all and sort them here. */
async function pageOfFew(
  db: CasebookDb,
  sort: CaseSort,
  ids: Set<number>,
  filter: (c: Case) => boolean,
  after: CaseCursor | undefined,
  pageSize: number
): Promise<CasePage> {
  const descending = sort.endsWith('desc')
  const past = isPast(sort, after)
  const cases = (await db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined && past(c) && filter(c))
  cases.sort((a, b) => (descending ? -1 : 1) * cmp(sortKey(sort, a), sortKey(sort, b)))
  return pageOf(sort, cases.slice(0, pageSize), cases.length > pageSize)
}

function pageOf(sort: CaseSort, rows: Case[], more: boolean): CasePage {
  const last = rows[rows.length - 1]
  return { rows, next: more && last ? sortKey(sort, last) : undefined }
}
