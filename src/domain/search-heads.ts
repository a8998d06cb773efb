/**
 * The search index that keeps the case list's order. Each entry pairs the
 * first three characters of a name or email token with a sort key of the
 * case (the date received, or the requester's name), so a search reads its
 * matches already in the list's order and stops after one page, instead of
 * reading every match to sort them.
 */
export type SearchHead = [order: HeadOrder, head: string, sortKey: string]

/** Which sort of the list an index entry serves: by date received, or by requester. */
export type HeadOrder = 'received' | 'name'

/** Characters (code points, so no name is split inside a character) of a token that an index entry keeps. */
export const HEAD_LENGTH = 3

/** The first HEAD_LENGTH characters of a search term or token; undefined when it is shorter than that. */
export function headOf(term: string): string | undefined {
  const chars = Array.from(term)
  return chars.length < HEAD_LENGTH ? undefined : chars.slice(0, HEAD_LENGTH).join('')
}

/**
 * The list filters a case passes, as heads of their own ("right=erasure",
 * "open"…), so a filtered list is read in order too. Each is longer than
 * HEAD_LENGTH, so none can be taken for a token's head.
 */
export function facetHeads(c: { rights: readonly string[]; channel: string; regime: string; kind: string; status: string }): string[] {
  return [
    ...c.rights.map((r) => `right=${r}`),
    `channel=${c.channel}`,
    `regime=${c.regime}`,
    `kind=${c.kind}`,
    `status=${c.status}`,
    ...(c.status === 'closed' ? [] : ['open'])
  ]
}

/** The index entries of a case: one per distinct head among its tokens and per facet, for each order. */
export function searchHeads(tokens: readonly string[], received: string, nameKey: string, facets: readonly string[] = []): SearchHead[] {
  const heads = new Set<string>(facets)
  for (const token of tokens) {
    const head = headOf(token)
    if (head !== undefined) heads.add(head)
  }
  return [...heads].flatMap((head): SearchHead[] => [
    ['received', head, received],
    ['name', head, nameKey]
  ])
}
