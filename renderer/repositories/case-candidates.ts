import type { CasebookDb } from '../db/database'
import type { CaseListQuery } from './case-list'

/** The words typed in the search box, folded as the search index folds names and emails. */
export function searchTerms(search: string): string[] {
  return [
    ...new Set(
      search
        .normalize('NFKC')
        .toLocaleLowerCase()
        .split(/[\s,;]+/u)
        .filter(Boolean)
    )
  ]
}

/** Up to this many cases, reading them all and sorting them costs less than walking an index in order. */
export const FEW_CASES = 200

/**
 * When an indexed part of the query (a search term, a status, an
 * escalation) allows at most `fewCases` cases, their ids; otherwise undefined.
 * Each index is read as keys only and no further than one entry more,
 * so asking costs little whatever the answer.
 */
export async function fewCandidates(
  db: CasebookDb,
  query: CaseListQuery,
  terms: string[],
  fewCases = FEW_CASES
): Promise<Set<number> | undefined> {
  const limit = fewCases + 1
  const lookups: PromiseLike<(number | undefined)[]>[] = terms.map((term) =>
    db.cases.where('searchTokens').startsWith(term).limit(limit).primaryKeys()
  )
  if (query.status !== undefined && query.status !== 'open')
    lookups.push(db.cases.where('status').equals(query.status).limit(limit).primaryKeys())
  if (query.escalatedTo !== undefined)
    lookups.push(
      (query.escalatedTo === 'any'
        ? db.cases.where('escalationBodies').aboveOrEqual('')
        : db.cases.where('escalationBodies').equals(query.escalatedTo)
      )
        .limit(limit)
        .primaryKeys()
    )
  if (query.escalationOutcome !== undefined)
    lookups.push(db.cases.where('escalationOutcomes').equals(query.escalationOutcome).limit(limit).primaryKeys())
  let fewest: Set<number> | undefined
  for (const keys of await Promise.all(lookups)) {
    // Stored cases always have their id, though the Case type leaves it optional for new ones.
    if (keys.length < limit && (fewest === undefined || keys.length < fewest.size)) fewest = new Set(keys as number[])
  }
  return fewest
}
