/**
 * Sites the app may open in the user's browser: the regulators and the
 * official sources of the law it cites. A link elsewhere is not opened.
 * Matching is by parsed host name: `ico.org.uk` and its subdomains, never
 * `ico.org.uk.attacker.com` or `fake-ico.org.uk`.
 */
export const EXTERNAL_SITES: readonly string[] = [
  'ico.org.uk',
  'legislation.gov.uk',
  'adr.org',
  'europa.eu',
  'oag.ca.gov',
  'cppa.ca.gov',
  'priv.gc.ca',
  'inforegulator.org.za',
  'gov.br',
  'oaic.gov.au'
]

const MAX_URL_LENGTH = 2048
// Characters that URL parsers disagree about (the system browser parses the link again).
const UNCLEAR_CHARACTERS = /[\\\s\u0000-\u001f\u007f]/

function isListedHost(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return sites.some((site) => host === site || host.endsWith(`.${site}`))
}

/**
 * True when `url` may be handed to the system (`shell.openExternal`): a
 * well-formed https/http link to a listed site, with no user name or
 * password in it, or a `mailto:` address.
 */
export function isSafeExternalUrl(url: string, sites: readonly string[] = EXTERNAL_SITES): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || UNCLEAR_CHARACTERS.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'mailto:') {
    return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponentSafe(parsed.pathname))
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  if (parsed.port !== '' && parsed.port !== '443' && parsed.port !== '80') return false
  return isListedHost(parsed.hostname, sites)
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
