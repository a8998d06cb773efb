import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../main/security'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://ico.org.uk/make-a-complaint/',
    'https://www.ico.org.uk/',
    'https://ICO.org.uk/',
    'http://www.legislation.gov.uk/ukpga/2018/12/contents',
    'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    'https://www.adr.org/',
    'https://cppa.ca.gov/',
    'mailto:dpo@example.com',
    'mailto:dpo@example.com?subject=Your%20request'
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    ['a look-alike host with the listed name in front', 'https://ico.org.uk.attacker.com/'],
    ['a look-alike host sharing the suffix', 'https://fake-ico.org.uk/'],
    ['an encoded dot joining hosts', 'https://ico.org.uk%2eattacker.com/'],
    ['credentials before the host', 'https://ico.org.uk@attacker.com/'],
    ['a user name on a listed host', 'https://user@ico.org.uk/'],
    ['a backslash', 'https://ico.org.uk\\@attacker.com/'],
    ['an unusual port', 'https://ico.org.uk:8443/'],
    ['an unlisted site', 'https://attacker.example/'],
    ['a listed name only in the path', 'https://attacker.example/ico.org.uk'],
    ['a listed name only in the query', 'https://attacker.example/?next=https://ico.org.uk'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'app://casebook/index.html'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['a UNC-style smb link', 'smb://ico.org.uk/share'],
    ['a newline hidden in the link', 'https://ico.org.uk/\nhttps://attacker.com'],
    ['a mailto with no address', 'mailto:'],
    ['not a URL', 'ico.org.uk'],
    ['an empty string', ''],
    ['a link too long to be honest', `https://ico.org.uk/${'a'.repeat(5000)}`]
  ])('refuses %s: %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it('matches only the sites it is given', () => {
    expect(isSafeExternalUrl('https://example.com/', ['example.com'])).toBe(true)
    expect(isSafeExternalUrl('https://docs.example.com/', ['example.com'])).toBe(true)
    expect(isSafeExternalUrl('https://example.com.attacker.com/', ['example.com'])).toBe(false)
    expect(isSafeExternalUrl('https://notexample.com/', ['example.com'])).toBe(false)
    expect(isSafeExternalUrl('https://ico.org.uk/', ['example.com'])).toBe(false)
  })
})
