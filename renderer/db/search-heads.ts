import type { DBCore, Middleware } from 'dexie'
import type { Case } from '../../src/domain/case'
import { facetHeads, searchHeads } from '../../src/domain/search-heads'

/** A case as it is stored: its search heads derived from its tokens, list filters, date received and name key. */
export function withSearchHeads(c: Case): Case {
  return { ...c, searchHeads: searchHeads(c.searchTokens ?? [], c.received, c.nameKey ?? '', facetHeads(c)) }
}

/**
 * Derives every written case's search heads at the lowest level of Dexie, so
 * that no way of writing a case (saving, editing, restoring, upgrading) can
 * leave the search index stale and a case missing from a search.
 */
export const searchHeadsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'search-heads',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name)
      if (name !== 'cases') return table
      return {
        ...table,
        mutate: (request) =>
          table.mutate(
            request.type === 'add' || request.type === 'put'
              ? { ...request, values: request.values.map((c: Case) => withSearchHeads(c)) }
              : request
          )
      }
    }
  })
}
