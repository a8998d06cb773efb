/// <reference types="pdfkit" />
import type { Font } from 'fontkit'
import { fallbackOf, type LetterFonts } from './fonts'

/** A piece of text set in one font: the main face, or its fallback for characters the main face lacks. */
export interface TextRun {
  text: string
  fallback: boolean
}

// Marks, joiners and variation selectors stay in the font of the character they modify.
const JOINS_PREVIOUS = /^[\p{M}\p{Cf}]$/u
// Printable ASCII, which DejaVu Sans sets entirely: most text skips the glyph look-ups.
const PLAIN = /^[\x20-\x7e]*$/

/**
 * Splits text into runs by font: each character goes to the main face if it has a glyph
 * for it, otherwise to the fallback if that has one (otherwise it stays in the main face,
 * and letters.ts reports it as unprintable). `fallback` is asked only when needed.
 */
export function splitRuns(text: string, main: Font, fallback: () => Font | undefined): TextRun[] {
  if (PLAIN.test(text)) return [{ text, fallback: false }]
  const runs: TextRun[] = []
  let inFallback = false
  for (const char of text) {
    const code = char.codePointAt(0)!
    let useFallback: boolean = inFallback
    if (!(runs.length > 0 && JOINS_PREVIOUS.test(char))) {
      useFallback = !main.hasGlyphForCodePoint(code) && (fallback()?.hasGlyphForCodePoint(code) ?? false)
    }
    const last = runs[runs.length - 1]
    if (last && last.fallback === useFallback) last.text += char
    else runs.push({ text: char, fallback: useFallback })
    inFallback = useFallback
  }
  return runs.length > 0 ? runs : [{ text, fallback: false }]
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

function runsOf(doc: PDFKit.PDFDocument, text: string): TextRun[] {
  const main = state(doc)._font?.font
  if (!main) return [{ text, fallback: false }]
  return splitRuns(text, main, () => fallbackOf(main)?.font)
}

/** Runs `work` with the current face's fallback as the font (same size and colour), then restores the face. */
function inFallback<T>(doc: PDFKit.PDFDocument, work: (mainAscender: number) => T): T {
  const s = state(doc)
  const saved = { font: s._font!, source: s._fontSource, family: s._fontFamily }
  const fallback = fallbackOf(saved.font.font)!
  const name = `Fallback ${fallback.font.postscriptName}`
  if (!s._registeredFonts[name]) doc.registerFont(name, fallback.font as unknown as Uint8Array)
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
    width += run.fallback ? inFallback(doc, () => doc.widthOfString(run.text)) : doc.widthOfString(run.text)
  }
  return width
}

/**
 * Draws one line of text with its top at y, in the current face, switching to the
 * fallback for the runs that need it. A fallback run is moved so that its baseline is
 * the main face's: Noto Sans SC's ascender is taller than DejaVu Sans's.
 */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  for (const run of runsOf(doc, text)) {
    if (!run.fallback) {
      doc.text(run.text, x, y, { lineBreak: false })
      x += doc.widthOfString(run.text)
      continue
    }
    x += inFallback(doc, (mainAscender) => {
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
