import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { HistoryEntry } from '../domain/case'

/** The chain's first link: the "previous hash" of a case's first history entry. */
export const CHAIN_START = '0'.repeat(64)

/** JSON with keys in a fixed order, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

type Content = Pick<HistoryEntry, 'caseId' | 'at' | 'author' | 'action' | 'changes'>

/**
 * The SHA-256 of an entry's content and of the entry before it: change,
 * remove or reorder any entry and every hash after it stops matching.
 * Synchronous, so that it can run inside an IndexedDB transaction.
 */
export function entryHash(entry: Content, prevHash: string): string {
  const { caseId, at, author, action, changes } = entry
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ caseId, at, author, action, changes, prevHash }))))
}

export interface ChainBreak {
  caseId: number
  /** The id of the first entry that does not verify, or undefined when entries are missing at the end. */
  entryId?: number
  /** 1-based position of that entry in the case's history. */
  position: number
  reason: string
}

/** Checks one case's history, oldest first (by id), against the hash the case holds of its latest entry. */
export function verifyCaseChain(caseId: number, entries: HistoryEntry[], head: string | undefined): ChainBreak | undefined {
  let prev = CHAIN_START
  for (const [i, entry] of entries.entries()) {
    if (entry.prevHash !== prev)
      return { caseId, entryId: entry.id, position: i + 1, reason: 'it does not follow the entry before it (an entry was removed, added or moved)' }
    if (entry.hash !== entryHash(entry, prev))
      return { caseId, entryId: entry.id, position: i + 1, reason: 'its content was changed after it was written' }
    prev = entry.hash
  }
  if (head !== undefined && head !== prev)
    return { caseId, position: entries.length + 1, reason: 'entries are missing after the last one (the history was cut short)' }
  return undefined
}
