import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { create, type Font } from 'fontkit'

export type FaceKey = 'regular' | 'bold' | 'cjkRegular' | 'cjkBold' | 'koreanRegular' | 'koreanBold'

/** The faces a letter uses, parsed once. */
export interface LetterFonts {
  regular: Font
  bold: Font
  /**
   * Noto Sans SC, for the characters DejaVu Sans lacks (Chinese, Japanese kana and kanji).
   * Its two files are 10 MB each: they are read on the first text that needs them.
   */
  cjk(): { regular: Font; bold: Font }
  /** Noto Sans KR, for Hangul, which Noto Sans SC lacks: 6 MB each, read on the first text that needs them. */
  korean(): { regular: Font; bold: Font }
  /** Shaped words, shared by every document that uses the font (see shareLayoutCache in document-fonts.ts). */
  layoutCaches: Record<FaceKey, Record<string, unknown>>
}

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  cjkRegular: 'NotoSansSC-Regular.ttf',
  cjkBold: 'NotoSansSC-Bold.ttf',
  koreanRegular: 'NotoSansKR-Regular.ttf',
  koreanBold: 'NotoSansKR-Bold.ttf'
} as const satisfies Record<FaceKey, string>

/** A face that sets what the main face lacks, read when first needed, and its layout cache. */
export interface Fallback {
  font: () => Font
  layoutCache: () => Record<string, unknown>
}

/** For each main face, its fallback faces in the order they are tried. */
const FALLBACKS = new WeakMap<Font, Fallback[]>()

const parsed = new Map<string, LetterFonts>()

/**
 * Parses the letter fonts in `fontsFolder` on first use and returns the same objects
 * afterwards: re-parsing a TTF per letter makes a batch about six times slower.
 */
export function loadLetterFonts(fontsFolder: string): LetterFonts {
  const cached = parsed.get(fontsFolder)
  if (cached) return cached
  const open = (file: string) => {
    const path = join(fontsFolder, file)
    if (!existsSync(path)) {
      throw new Error(`The letter font ${file} is missing from ${fontsFolder}. Reinstall the application.`)
    }
    return create(readFileSync(path))
  }
  let cjk: { regular: Font; bold: Font } | undefined
  let korean: { regular: Font; bold: Font } | undefined
  const fonts: LetterFonts = {
    regular: open(FONT_FILES.regular),
    bold: open(FONT_FILES.bold),
    cjk: () => (cjk ??= { regular: open(FONT_FILES.cjkRegular), bold: open(FONT_FILES.cjkBold) }),
    korean: () => (korean ??= { regular: open(FONT_FILES.koreanRegular), bold: open(FONT_FILES.koreanBold) }),
    layoutCaches: {
      regular: Object.create(null),
      bold: Object.create(null),
      cjkRegular: Object.create(null),
      cjkBold: Object.create(null),
      koreanRegular: Object.create(null),
      koreanBold: Object.create(null)
    }
  }
  for (const weight of ['regular', 'bold'] as const) {
    const cjkKey = weight === 'regular' ? 'cjkRegular' : 'cjkBold'
    const koreanKey = weight === 'regular' ? 'koreanRegular' : 'koreanBold'
    FALLBACKS.set(fonts[weight], [
      { font: () => fonts.cjk()[weight], layoutCache: () => fonts.layoutCaches[cjkKey] },
      { font: () => fonts.korean()[weight], layoutCache: () => fonts.layoutCaches[koreanKey] }
    ])
  }
  parsed.set(fontsFolder, fonts)
  return fonts
}

/** The faces that set what `font` (a main face) has no glyph for, in the order they are tried; none for any other font. */
export function fallbacksOf(font: Font): readonly Fallback[] {
  return FALLBACKS.get(font) ?? []
}

/**
 * resources/fonts at the application root. This file is main/pdf/fonts.ts when run from
 * source (tsx, vitest) and part of out/main/index.js when built: both sit two folders
 * below the root. A packaged app whose resources live elsewhere passes its own folder.
 */
export function defaultFontsFolder(): string {
  const candidates = [
    fileURLToPath(new URL('../../resources/fonts/', import.meta.url)),
    join(process.cwd(), 'resources', 'fonts')
  ]
  return candidates.find((folder) => existsSync(join(folder, FONT_FILES.regular))) ?? candidates[0]!
}

/** Whether a character prints in both weights, in the main face or one of its fallbacks. */
export function canPrint(fonts: LetterFonts, codePoint: number): boolean {
  return [fonts.regular, fonts.bold].every(
    (face) => face.hasGlyphForCodePoint(codePoint) || fallbacksOf(face).some((f) => f.font().hasGlyphForCodePoint(codePoint))
  )
}
