// fontkit 2.0 ships no types; this is the little the letter renderer uses.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string
    familyName: string
    unitsPerEm: number
    ascent: number
    descent: number
    layout(text: string): unknown
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
