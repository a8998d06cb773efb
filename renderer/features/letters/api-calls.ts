import { desktopApi } from '../../api'
import type { Result } from '../../../src/ipc/result'
import type { ComposedLetter } from '../../../src/letters'
import { letterFileName } from '../../repositories/letters'
import type { LetterheadLogo } from '../../repositories/letters'

/** A call's value, or an Error carrying the message main gave. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

export interface LetterRendering {
  pageSize: 'A4' | 'LETTER'
  logo?: LetterheadLogo | null
}

/** IndexedDB and the wire hand back plain Uint8Arrays; the contract's type wants an ArrayBuffer behind them. */
const bytesOf = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>
const logoOf = (rendering: LetterRendering) => (rendering.logo ? { logo: bytesOf(rendering.logo.bytes) } : {})

/** The letter as main renders it: the PDF, and any character the letter font cannot print. */
export function renderLetter(letter: ComposedLetter, rendering: LetterRendering) {
  return unwrap(desktopApi().renderLetter({ letter, pageSize: rendering.pageSize, ...logoOf(rendering) }))
}

export function renderEach(letters: ComposedLetter[], rendering: LetterRendering) {
  return unwrap(desktopApi().renderLetters({ letters, pageSize: rendering.pageSize, ...logoOf(rendering) }))
}

export function renderCombined(letters: ComposedLetter[], rendering: LetterRendering) {
  return unwrap(desktopApi().renderCombinedLetters({ letters, pageSize: rendering.pageSize, ...logoOf(rendering) }))
}

/** Saves a PDF where the user chooses; a sentence for the user saying what happened. */
export async function savePdf(bytes: Uint8Array, defaultName: string): Promise<string> {
  const saved = await unwrap(desktopApi().saveFile({ defaultName, kind: 'pdf', bytes: bytesOf(bytes) }))
  return saved.saved ? `Saved to ${saved.path ?? defaultName}.` : 'Not saved: the save was cancelled.'
}

export async function saveLetterPdf(bytes: Uint8Array, letter: Pick<ComposedLetter, 'reference' | 'title' | 'date'>): Promise<string> {
  return savePdf(bytes, letterFileName(letter))
}

export async function printPdf(bytes: Uint8Array): Promise<string> {
  const { printed } = await unwrap(desktopApi().printLetter({ bytes: bytesOf(bytes) }))
  return printed ? 'Sent to the printer.' : 'Not printed: the print was cancelled.'
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))
