import { base64ToBytes, bytesToBase64 } from './base64'
import { BackupError } from './errors'

/**
 * How a stored value is written as JSON and read back: bytes and dates, which
 * JSON has not, become one-key objects with a marker ({"$bytes": base64},
 * {"$date": ISO timestamp}). Keys that could reach an object's prototype
 * are refused both ways.
 */
export const BYTES_MARKER = '$bytes'
export const DATE_MARKER = '$date'
const MARKERS = new Set([BYTES_MARKER, DATE_MARKER])
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 64

function cannotBackUp(where: string, what: string): BackupError {
  return new BackupError(
    'cannot-back-up',
    `The backup could not be made: ${where} holds ${what}, which a backup cannot carry. Nothing was saved; please report this.`
  )
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** A stored value as plain JSON data; throws when the value holds something a backup cannot carry. */
export function toPortable(value: unknown, where: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw cannotBackUp(where, 'values nested too deeply')
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw cannotBackUp(where, `the number ${String(value)}`)
    return value
  }
  if (value instanceof Uint8Array) return { [BYTES_MARKER]: bytesToBase64(value) }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw cannotBackUp(where, 'an invalid date')
    return { [DATE_MARKER]: value.toISOString() }
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (item === undefined) throw cannotBackUp(`${where}[${i}]`, 'an empty array slot')
      return toPortable(item, `${where}[${i}]`, depth + 1)
    })
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    if (entries.length === 1 && MARKERS.has(entries[0]![0])) throw cannotBackUp(where, `a field named ${entries[0]![0]}`)
    for (const [key, item] of entries) {
      if (FORBIDDEN_KEYS.has(key)) throw cannotBackUp(where, `a field named ${key}`)
      out[key] = toPortable(item, `${where}.${key}`, depth + 1)
    }
    return out
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value
  throw cannotBackUp(where, `a value of type ${kind}`)
}

function refused(where: string, what: string): BackupError {
  return new BackupError('invalid-record', `This backup cannot be restored: ${where} ${what}. The file may have been altered.`)
}

/** The stored value a portable one stands for; refuses prototype keys, bad markers and deep nesting. */
export function fromPortable(value: unknown, where: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw refused(where, 'is nested too deeply')
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item, i) => fromPortable(item, `${where}[${i}]`, depth + 1))
  const keys = Object.keys(value)
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) throw refused(where, `has a field named "${key}", which no Privacy Casebook backup contains`)
  }
  const record = value as Record<string, unknown>
  if (keys.length === 1 && MARKERS.has(keys[0]!)) {
    const text = record[keys[0]!]
    if (typeof text !== 'string') throw refused(where, 'holds a malformed value')
    if (keys[0] === BYTES_MARKER) {
      const bytes = base64ToBytes(text)
      if (!bytes) throw refused(where, 'holds file contents that cannot be read')
      return bytes
    }
    const date = new Date(text)
    if (Number.isNaN(date.getTime())) throw refused(where, 'holds a date that cannot be read')
    return date
  }
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = fromPortable(record[key], `${where}.${key}`, depth + 1)
  return out
}
