import { useEffect, useRef, useState } from 'react'
import type { CasebookDb } from '../../db/database'
import { discardDraft, loadDraft, saveDraft } from '../../repositories/drafts'

const SAVE_DELAY_MS = 300

/**
 * Keeps a form's work in progress in the database as the user types, and
 * offers it back when the page opens again (after a reload, crash or restart).
 */
export function useDraft<T>(db: CasebookDb, key: string) {
  const [offered, setOffered] = useState<{ value: T; savedAt: string } | null>(null)
  const [checked, setChecked] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const pending = useRef<T | undefined>(undefined)

  useEffect(() => {
    let live = true
    loadDraft<T>(db, key).then((draft) => {
      if (!live) return
      if (draft) setOffered(draft)
      setChecked(true)
    })
    return () => {
      live = false
    }
  }, [db, key])

  useEffect(() => {
    const flush = () => {
      if (pending.current !== undefined) void saveDraft(db, key, pending.current)
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      clearTimeout(timer.current)
      flush()
    }
  }, [db, key])

  return {
    /** A draft found when the page opened, until the user restores or discards it. */
    offered,
    /** True once the database has been asked for a draft. */
    checked,
    save(value: T) {
      pending.current = value
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        const v = pending.current
        pending.current = undefined
        if (v !== undefined) void saveDraft(db, key, v)
      }, SAVE_DELAY_MS)
    },
    dismissOffer() {
      setOffered(null)
    },
    async discard() {
      clearTimeout(timer.current)
      pending.current = undefined
      setOffered(null)
      await discardDraft(db, key)
    }
  }
}
