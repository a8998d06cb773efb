/** Windows code pages as the WHATWG Encoding labels that TextDecoder (and iconv-lite) know. */
const CODE_PAGE_LABELS: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20127: 'us-ascii',
  20866: 'koi8-r',
  21866: 'koi8-u',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28593: 'iso-8859-3',
  28594: 'iso-8859-4',
  28595: 'iso-8859-5',
  28596: 'iso-8859-6',
  28597: 'iso-8859-7',
  28598: 'iso-8859-8',
  28599: 'iso-8859-9',
  28603: 'iso-8859-13',
  28605: 'iso-8859-15',
  50220: 'iso-2022-jp',
  50221: 'iso-2022-jp',
  50222: 'iso-2022-jp',
  51932: 'euc-jp',
  51949: 'euc-kr',
  54936: 'gb18030',
  65001: 'utf-8'
}

/** The code page Windows uses for 8-bit text in a language, from the primary language of a locale id. */
const ANSI_CODE_PAGE_BY_LANGUAGE: Record<number, number> = {
  0x01: 1256, 0x29: 1256, 0x20: 1256, // Arabic, Persian, Urdu
  0x02: 1251, 0x19: 1251, 0x22: 1251, 0x23: 1251, 0x2f: 1251, // Bulgarian, Russian, Ukrainian, Belarusian, Macedonian
  0x05: 1250, 0x0e: 1250, 0x15: 1250, 0x18: 1250, 0x1a: 1250, 0x1b: 1250, 0x1c: 1250, 0x24: 1250, // Czech, Hungarian, Polish, Romanian, Croatian, Slovak, Albanian, Slovenian
  0x08: 1253, // Greek
  0x0d: 1255, // Hebrew
  0x11: 932, // Japanese
  0x12: 949, // Korean
  0x1e: 874, // Thai
  0x1f: 1254, // Turkish
  0x25: 1257, 0x26: 1257, 0x27: 1257, // Estonian, Latvian, Lithuanian
  0x2a: 1258 // Vietnamese
}

const ANSI_CODE_PAGES = new Set([874, 932, 936, 949, 950, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258])

export function codePageLabel(codePage: number | undefined): string | undefined {
  return codePage === undefined ? undefined : CODE_PAGE_LABELS[codePage]
}

/**
 * The encoding of a message's 8-bit text properties: its own code page if it
 * records one, else the Windows code page of its internet code page or its locale.
 */
export function ansiEncodingOf(message: { messageCodepage?: number; internetCodepage?: number; messageLocaleId?: number }): string {
  for (const codePage of [message.messageCodepage, message.internetCodepage]) {
    if (codePage !== undefined && ANSI_CODE_PAGES.has(codePage)) return CODE_PAGE_LABELS[codePage]!
  }
  const lcid = message.messageLocaleId
  if (lcid !== undefined) {
    const language = lcid & 0x3ff
    if (language === 0x04) return (lcid >> 10) === 0x02 || (lcid >> 10) === 0x04 ? 'gbk' : 'big5' // Chinese: PRC and Singapore simplified
    const codePage = ANSI_CODE_PAGE_BY_LANGUAGE[language]
    if (codePage) return CODE_PAGE_LABELS[codePage]!
  }
  return 'windows-1252'
}

/** Decodes text in a named encoding, falling back to UTF-8 for a label the platform does not know. */
export function decodeText(bytes: Uint8Array, label: string | undefined): string {
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
