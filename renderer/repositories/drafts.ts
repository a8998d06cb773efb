import type { CasebookDb } from '../db/database'

/** A half-filled form, saved as the user types so that a crash or restart loses nothing. */
export async function saveDraft(db: CasebookDb, key: string, value: unknown, now = new Date()): Promise<void> {
  await db.drafts.put({ key, value, savedAt: now.toISOString() })
}

export async function loadDraft<T>(db: CasebookDb, key: string): Promise<{ value: T; savedAt: string } | undefined> {
  const row = await db.drafts.get(key)
  return row ? { value: row.value as T, savedAt: row.savedAt } : undefined
}

export async function discardDraft(db: CasebookDb, key: string): Promise<void> {
  await db.drafts.delete(key)
}
