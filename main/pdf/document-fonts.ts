/// <reference types="pdfkit" />
import type { Font } from 'fontkit'
import { fallbacksOf, type Fallback, type LetterFonts } from './fonts'

/** A piece of text set in one font: the main face (0), or fallback n (n ≥ 1) for characters the faces before it lack. */
export interface TextRun {
  text: string
  face: number
}

// Marks, joiners and variation selectors stay in the font of the character they modify.
const JOINS_PREVIOUS = /^[\p{M}\p{Cf}]$/u
// Printable ASCII, which DejaVu Sans sets entirely: most text skips the glyph look-ups.
const PLAIN = /^[\x20-\x7e]*$/

/**
 * Splits text into runs by font: each character goes to the main face if it has a glyph
 * for it, otherwise to the first fallback that has one (otherwise it stays in the main
 * face, and letters.ts reports it as unprintable). A fallback is read only when needed.
 */
export function splitRuns(text: string, main: Font, fallbacks: readonly (() => Font)[]): TextRun[] {
  if (PLAIN.test(text)) return [{ text, face: 0 }]
  const runs: TextRun[] = []
  let current = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    let face = current
    if (!(runs.length > 0 && JOINS_PREVIOUS.test(char))) {
      face = main.hasGlyphForCodePoint(code) ? 0 : fallbacks.findIndex((f) => f().hasGlyphForCodePoint(code)) + 1
    }
    const last = runs[runs.length - 1]
    if (last && last.face === face) last.text += char
    else runs.push({ text: char, face })
    current = face
  }
  return runs.length > 0 ? runs : [{ text, face: 0 }]
}

/** What pdfkit keeps of the current font; there is no public way to switch to a font and back. */
interface FontState {
  _font: { font: Font; ascender: number; layoutCache?: Record<string, unknown> } | null
  _fontSource: unknown
  _fontFamily: unknown
  _fontSize: number
  _registeredFonts: Record<string, unknown>
}
const state = (doc: PDFKit.PDFDocument) => doc as unknown as FontState

function fallbacksHere(doc: PDFKit.PDFDocument): readonly Fallback[] {
  const main = state(doc)._font?.font
  return main ? fallbacksOf(main) : []
}

function runsOf(doc: PDFKit.PDFDocument, text: string): TextRun[] {
  const main = state(doc)._font?.font
  if (!main) return [{ text, face: 0 }]
  return splitRuns(text, main, fallbacksOf(main).map((f) => f.font))
}

/** Runs `work` with fallback `face` of the current face as the font (same size and colour), then restores the face. */
function inFallback<T>(doc: PDFKit.PDFDocument, face: number, work: (mainAscender: number) => T): T {
  const s = state(doc)
  const saved = { font: s._font!, source: s._fontSource, family: s._fontFamily }
  const fallback = fallbacksHere(doc)[face - 1]!
  const font = fallback.font()
  const name = `Fallback ${font.postscriptName}`
  if (!s._registeredFonts[name]) doc.registerFont(name, font as unknown as Uint8Array)
  doc.font(name)
  shareLayoutCache(doc, fallback.layoutCache())
  try {
    return work(saved.font.ascender)
  } finally {
    s._font = saved.font
    s._fontSource = saved.source
    s._fontFamily = saved.family
  }
}

/** The width of `text` in the current face and size, each run measured in its own font. */
export function widthOfText(doc: PDFKit.PDFDocument, text: string): number {
  let width = 0
  for (const run of runsOf(doc, text)) {
    width += run.face > 0 ? inFallback(doc, run.face, () => doc.widthOfString(run.text)) : doc.widthOfString(run.text)
  }
  return width
}

/**
 * Draws one line of text with its top at y, in the current face, switching to the
 * fallbacks for the runs that need them. A fallback run is moved so that its baseline is
 * the main face's: the Noto Sans CJK ascenders are taller than DejaVu Sans's.
 */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  for (const run of runsOf(doc, text)) {
    if (run.face === 0) {
      doc.text(run.text, x, y, { lineBreak: false })
      x += doc.widthOfString(run.text)
      continue
    }
    x += inFallback(doc, run.face, (mainAscender) => {
      const shift = ((mainAscender - state(doc)._font!.ascender) / 1000) * state(doc)._fontSize
      doc.text(run.text, x, y + shift, { lineBreak: false })
      return doc.widthOfString(run.text)
    })
  }
}

const LAYOUT_CACHE_LIMIT = 50_000

/**
 * Registers the letter faces ("Body", "Bold") in a document and shares their layout caches.
 * pdfkit shapes every word with fontkit (GSUB/GPOS lookups) and caches the result on the
 * document's font object, so each new letter shapes the same words again: that was half
 * the time of a letter. The shaped run depends only on the font and the text, so one
 * cache per font serves every document; it is emptied when it grows past the limit.
 */
export function useLetterFonts(doc: PDFKit.PDFDocument, fonts: LetterFonts): void {
  for (const key of Object.keys(fonts.layoutCaches) as (keyof LetterFonts['layoutCaches'])[]) {
    if (Object.keys(fonts.layoutCaches[key]).length > LAYOUT_CACHE_LIMIT) fonts.layoutCaches[key] = Object.create(null)
  }
  doc.registerFont('Body', fonts.regular as unknown as Uint8Array)
  doc.registerFont('Bold', fonts.bold as unknown as Uint8Array)
  doc.font('Body')
  shareLayoutCache(doc, fonts.layoutCaches.regular)
  doc.font('Bold')
  shareLayoutCache(doc, fonts.layoutCaches.bold)
}

function shareLayoutCache(doc: PDFKit.PDFDocument, cache: Record<string, unknown>): void {
  const font = state(doc)._font
  if (font && font.layoutCache && font.layoutCache !== cache) font.layoutCache = cache
}
