/** Where everything sits on the page, in points (1/72 inch), measured from the top left. */
export interface PageGeometry {
  size: 'A4' | 'LETTER'
  width: number
  height: number
  left: number
  right: number
  /** Top of the letterhead on the first page. */
  top: number
  /** Top of the text on continuation pages, below their running header. */
  continuationTop: number
  /** The text never goes below this line; the footer sits under it. */
  bottom: number
  footerY: number
  headerY: number
  /** The recipient's address, placed to show through the window of the envelope. */
  window: { x: number; y: number; width: number; height: number }
  /** The references and the date, beside the window: label column, then value column. */
  info: { x: number; labelWidth: number; width: number }
  logo: { maxWidth: number; maxHeight: number }
}

const MM = 72 / 25.4
const INCH = 72

/**
 * A4 folded in three into a DL window envelope (window about 90 × 35 mm, 20 mm from the left
 * edge): the address block starts 50 mm from the top and 25 mm from the left.
 * US Letter folded in three into a #10 window envelope (window 4½ × 1⅛ in, ⅞ in from the
 * left, its top 2½ in below the envelope's): the block starts 2¼ in from the top, 1 in in.
 */
export function pageGeometry(size: 'A4' | 'LETTER'): PageGeometry {
  if (size === 'A4') {
    return {
      size,
      width: 595.28,
      height: 841.89,
      left: 25 * MM,
      right: 595.28 - 20 * MM,
      top: 15 * MM,
      continuationTop: 25 * MM,
      bottom: 841.89 - 22 * MM,
      footerY: 841.89 - 15 * MM,
      headerY: 13 * MM,
      window: { x: 25 * MM, y: 50 * MM, width: 78 * MM, height: 36 * MM },
      info: { x: 120 * MM, labelWidth: 27 * MM, width: 70 * MM },
      logo: { maxWidth: 50 * MM, maxHeight: 20 * MM }
    }
  }
  return {
    size,
    width: 612,
    height: 792,
    left: INCH,
    right: 612 - INCH,
    top: 0.55 * INCH,
    continuationTop: 1 * INCH,
    bottom: 792 - 0.9 * INCH,
    footerY: 792 - 0.6 * INCH,
    headerY: 0.5 * INCH,
    window: { x: INCH, y: 2.25 * INCH, width: 3.5 * INCH, height: 1.1 * INCH },
    info: { x: 4.75 * INCH, labelWidth: 1.05 * INCH, width: 2.75 * INCH },
    logo: { maxWidth: 2 * INCH, maxHeight: 0.8 * INCH }
  }
}
