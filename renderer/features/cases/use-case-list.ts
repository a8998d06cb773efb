import { useCallback, useEffect, useRef, useState } from 'react'
import type { CasebookDb } from '../../db/database'
import type { Case } from '../../../src/domain/case'
import { listCases, type CaseCursor, type CaseListQuery } from '../../repositories/case-list'

const PAGE_SIZE = 100

/** The case list's rows: the first page for the query, more on demand (keyset paging). */
export function useCaseList(db: CasebookDb, query: CaseListQuery) {
  const [rows, setRows] = useState<Case[]>([])
  const [next, setNext] = useState<CaseCursor | undefined>(undefined)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const generation = useRef(0)
  const key = JSON.stringify(query)

  useEffect(() => {
    const mine = ++generation.current
    setLoading(true)
    setError(null)
    listCases(db, query, undefined, PAGE_SIZE).then(
      (page) => {
        if (mine !== generation.current) return
        setRows(page.rows)
        setNext(page.next)
        setLoading(false)
      },
      (e: unknown) => {
        if (mine !== generation.current) return
        setError(e instanceof Error ? e.message : String(e))
        setLoading(false)
      }
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query is compared by value
  }, [db, key])

  const loadMore = useCallback(() => {
    if (loading || next === undefined) return
    const mine = generation.current
    setLoading(true)
    listCases(db, query, next, PAGE_SIZE).then(
      (page) => {
        if (mine !== generation.current) return
        setRows((r) => [...r, ...page.rows])
        setNext(page.next)
        setLoading(false)
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e))
        setLoading(false)
      }
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query is compared by value
  }, [db, key, next, loading])

  return { rows, hasMore: next !== undefined, loading, error, loadMore }
}
