/**
 * Stands in for iconv-lite in the renderer bundle. @kenjiuno/msgreader requires
 * iconv-lite, which requires Node's `buffer` (through safer-buffer) and
 * `string_decoder`; Vite leaves those out of a browser bundle, and safer-buffer
 * then fails as the module loads. msgreader only decodes 8-bit text with it,
 * which the browser's TextDecoder does for every Windows code page.
 * The renderer's Vite config aliases 'iconv-lite' to this file.
 */
import { decodeText } from './codepages'

export function decode(bytes: Uint8Array, encoding: string): string {
  return decodeText(bytes, encoding)
}

export function encode(text: string, encoding: string): Uint8Array {
  if (/^utf-?8$/i.test(encoding)) return new TextEncoder().encode(text)
  throw new Error(`Encoding text as ${encoding} is not supported in the browser.`)
}

export function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(encoding)
    return true
  } catch {
    return false
  }
}

export default { decode, encode, encodingExists }
