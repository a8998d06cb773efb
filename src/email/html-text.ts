/**
 * HTML to plain text without a DOM: tags are dropped, never interpreted, so
 * nothing in the mail runs or loads. One pass with indexOf, linear in the input.
 */

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'title', 'template', 'xml', 'svg', 'object'])
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'tr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'blockquote',
  'pre', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'address', 'form', 'caption'
])
const CELL_ELEMENTS = new Set(['td', 'th'])

export function htmlToText(html: string): string {
  const out: string[] = []
  let preDepth = 0
  let i = 0
  const pushText = (raw: string) => {
    if (!raw) return
    out.push(decodeEntities(preDepth > 0 ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ')))
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      pushText(html.slice(i))
      break
    }
    pushText(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64))
    if (!tag) {
      // a '<' that opens no tag ("a < b"), or a declaration such as <!DOCTYPE>
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt)
        i = end < 0 ? html.length : end + 1
      } else {
        out.push('<')
        i = lt + 1
      }
      continue
    }
    const gt = html.indexOf('>', lt)
    if (gt < 0) break
    const closing = tag[1] === '/'
    const name = tag[2]!.toLowerCase()
    i = gt + 1
    if (!closing && SKIPPED_ELEMENTS.has(name) && html[gt - 1] !== '/') {
      i = endOfElement(html, name, i)
      continue
    }
    if (name === 'br') out.push('\n')
    else if (BLOCK_ELEMENTS.has(name)) out.push('\n')
    else if (CELL_ELEMENTS.has(name) && !closing) out.push('\t')
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1))
  }
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function endOfElement(html: string, name: string, from: number): number {
  let at = from
  for (;;) {
    const close = html.indexOf('</', at)
    if (close < 0) return html.length
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) {
      const gt = html.indexOf('>', close)
      return gt < 0 ? html.length : gt + 1
    }
    at = close + 2
  }
}

// HTML's numeric references 128–159 name the Windows-1252 characters, as browsers read them.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

const LATIN_1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′', Prime: '″',
  lsaquo: '‹', rsaquo: '›', oline: '‾', euro: '€', trade: '™', larr: '←', rarr: '→', uarr: '↑', darr: '↓'
}
LATIN_1_NAMES.split(' ').forEach((name, index) => (NAMED[name] = String.fromCharCode(0xa0 + index)))
// Entities a browser also accepts without the closing semicolon.
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', ...LATIN_1_NAMES.split(' ')])

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g, (whole, ref: string, semi: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1[code - 0x80]!
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    const value = Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : undefined
    if (value === undefined || (!semi && !LEGACY.has(ref))) return whole
    return value
  })
}
