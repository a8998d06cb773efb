import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { create, type Font } from 'fontkit'

/** The two faces a letter uses, parsed once. */
export interface LetterFonts {
  regular: Font
  bold: Font
  /** Shaped words, shared by every document that uses the font (see shareLayoutCache in render.ts). */
  layoutCaches: { regular: Record<string, unknown>; bold: Record<string, unknown> }
}

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

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
  const fonts: LetterFonts = {
    regular: open(FONT_FILES.regular),
    bold: open(FONT_FILES.bold),
    layoutCaches: { regular: Object.create(null), bold: Object.create(null) }
  }
  parsed.set(fontsFolder, fonts)
  return fonts
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
