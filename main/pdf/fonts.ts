import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { create, type Font } from 'fontkit'

export type FaceKey = 'regular' | 'bold' | 'cjkRegular' | 'cjkBold'

/** The faces a letter uses, parsed once. */
export interface LetterFonts {
  regular: Font
  bold: Font
  /**
   * Noto Sans SC, for the characters DejaVu Sans lacks (Chinese, Japanese kana and kanji).
   * Its two files are 10 MB each: they are read on the first text that needs them.
   */
  cjk(): { regular: Font; bold: Font }
  /** Shaped words, shared by every document that uses the font (see shareLayoutCache in document-fonts.ts). */
  layoutCaches: Record<FaceKey, Record<string, unknown>>
}

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  cjkRegular: 'NotoSansSC-Regular.ttf',
  cjkBold: 'NotoSansSC-Bold.ttf'
} as const satisfies Record<FaceKey, string>

/** For each main face, its fallback face and the key of that face's layout cache. */
const FALLBACKS = new WeakMap<Font, { fonts: LetterFonts; key: 'cjkRegular' | 'cjkBold' }>()

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
  const fonts: LetterFonts = {
    regular: open(FONT_FILES.regular),
    bold: open(FONT_FILES.bold),
    cjk: () => (cjk ??= { regular: open(FONT_FILES.cjkRegular), bold: open(FONT_FILES.cjkBold) }),
    layoutCaches: { regular: Object.create(null), bold: Object.create(null), cjkRegular: Object.create(null), cjkBold: Object.create(null) }
  }
  FALLBACKS.set(fonts.regular, { fonts, key: 'cjkRegular' })
  FALLBACKS.set(fonts.bold, { fonts, key: 'cjkBold' })
  parsed.set(fontsFolder, fonts)
  return fonts
}

/** The face that sets what `font` (a main face) has no glyph for, and its layout cache; none for any other font. */
export function fallbackOf(font: Font): { font: Font; layoutCache: () => Record<string, unknown> } | undefined {
  const entry = FALLBACKS.get(font)
  if (!entry) return undefined
  const { fonts, key } = entry
  return { font: fonts.cjk()[key === 'cjkRegular' ? 'regular' : 'bold'], layoutCache: () => fonts.layoutCaches[key] }
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

/** Whether a character prints in both weights, in the main face or its fallback. */
export function canPrint(fonts: LetterFonts, codePoint: number): boolean {
  const inRegular = fonts.regular.hasGlyphForCodePoint(codePoint) || fonts.cjk().regular.hasGlyphForCodePoint(codePoint)
  return inRegular && (fonts.bold.hasGlyphForCodePoint(codePoint) || fonts.cjk().bold.hasGlyphForCodePoint(codePoint))
}
