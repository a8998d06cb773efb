import type { ApiOutput, ApiParsedInput } from '../../src/ipc/contract'
import type { ServiceContext } from '../../src/ipc/service'
import type { ComposedLetter } from '../../src/letters'
import { canPrint, checkLogo, defaultFontsFolder, LogoError, loadLetterFonts, renderLettersPdf, type RenderOptions } from '../pdf'
import { ServiceError } from './service-error'

let fontsFolder: string | undefined

/** The letter fonts, parsed on the first letter and reused by every later one. */
function renderOptions(input: { pageSize: 'A4' | 'LETTER'; logo?: Uint8Array }): RenderOptions {
  fontsFolder ??= defaultFontsFolder()
  loadLetterFonts(fontsFolder)
  return { pageSize: input.pageSize, logo: input.logo, fontsFolder }
}

/**
 * pdfkit hands back a Node Buffer. A Buffer turns into {type, data} in JSON before any
 * replacer sees it, so the harness could not carry it as bytes: always answer a plain
 * Uint8Array over the same memory.
 */
function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)
}

async function render(letters: Parameters<typeof renderLettersPdf>[0], input: { pageSize: 'A4' | 'LETTER'; logo?: Uint8Array }): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return plainBytes(await renderLettersPdf(letters, renderOptions(input)))
  } catch (error) {
    if (error instanceof LogoError) throw new ServiceError('invalid-argument', `${error.message} Choose another logo in Settings.`)
    throw error
  }
}

export async function checkLetterLogo(input: ApiParsedInput<'checkLetterLogo'>): Promise<ApiOutput<'checkLetterLogo'>> {
  try {
    return { format: checkLogo(input.bytes) }
  } catch (error) {
    if (error instanceof LogoError) throw new ServiceError('invalid-argument', error.message)
    throw error
  }
}

export async function renderLetter(input: ApiParsedInput<'renderLetter'>): Promise<ApiOutput<'renderLetter'>> {
  const bytes = await render([input.letter], input)
  return { bytes, missingCharacters: unprintableCharacters(input.letter) }
}

/** The characters of a letter neither its font nor the CJK fallback has a glyph for: they would be missing from the page. */
export function unprintableCharacters(letter: ComposedLetter): string[] {
  fontsFolder ??= defaultFontsFolder()
  const fonts = loadLetterFonts(fontsFolder)
  const texts = [
    letter.letterhead.name,
    ...letter.letterhead.addressLines,
    ...letter.letterhead.contactLines,
    letter.recipient.name,
    ...letter.recipient.addressLines,
    letter.recipient.email ?? '',
    letter.referenceLine,
    letter.salutation,
    letter.subject,
    ...letter.paragraphs,
    letter.closing,
    letter.signature.name,
    letter.signature.title,
    letter.signature.office,
    ...letter.enclosures
  ]
  const missing = new Set<string>()
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!
      if (/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(char)) continue
      if (!canPrint(fonts, code)) missing.add(char)
    }
  }
  return [...missing].slice(0, 100)
}

/** Each letter as its own PDF, one after another: the same bytes as renderLetter gives for each. */
export async function renderLetters(input: ApiParsedInput<'renderLetters'>): Promise<ApiOutput<'renderLetters'>> {
  const files: Uint8Array<ArrayBuffer>[] = []
  for (const letter of input.letters) files.push(await render([letter], input))
  return { files, missingCharacters: input.letters.map(unprintableCharacters) }
}

export async function renderCombinedLetters(input: ApiParsedInput<'renderCombinedLetters'>): Promise<ApiOutput<'renderCombinedLetters'>> {
  return { bytes: await render(input.letters, input) }
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

export async function printLetter(input: ApiParsedInput<'printLetter'>, ctx: ServiceContext): Promise<ApiOutput<'printLetter'>> {
  if (!PDF_SIGNATURE.every((b, i) => input.bytes[i] === b)) {
    throw new ServiceError('invalid-argument', 'Only a PDF letter can be printed; these bytes are not a PDF.')
  }
  return { printed: await ctx.print(input.bytes) }
}
