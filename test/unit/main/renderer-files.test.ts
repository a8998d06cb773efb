import { describe, expect, it } from 'vitest'
import { join, resolve, sep } from 'node:path'
import { mimeTypeOf, resolveRendererFile } from '../../../main/renderer-files'

const root = resolve('/srv/casebook/out/renderer')

describe('resolveRendererFile', () => {
  it.each([
    ['app://casebook/', 'index.html'],
    ['app://casebook/index.html', 'index.html'],
    ['app://casebook/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://casebook/assets/index.css?v=2#top', 'assets/index.css'],
    ['app://casebook/fonts/Deja%20Vu.ttf', 'fonts/Deja Vu.ttf'],
    ['app://casebook/docs/', 'docs/index.html'],
    // The URL parser removes dot segments before we see the path: these stay inside.
    ['app://casebook/../../etc/passwd', 'etc/passwd'],
    ['app://casebook/%2e%2e/%2E%2E/etc/passwd', 'etc/passwd'],
    ['app://casebook/assets/../index.html', 'index.html']
  ])('serves %s from inside the renderer folder', (url, inside) => {
    expect(resolveRendererFile(url, root)).toEqual({ ok: true, filePath: join(root, inside) })
  })

  it.each([
    ['an encoded slash hiding ..', 'app://casebook/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash with an encoded dot pair', 'app://casebook/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['an encoded backslash hiding ..', 'app://casebook/..%5c..%5cwindows%5cwin.ini'],
    ['a raw backslash', 'app://casebook/assets\\..\\..\\secret'],
    ['an absolute path after a double slash', 'app://casebook//etc/passwd'],
    ['a Windows drive letter', 'app://casebook/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://casebook/C%3A%5CWindows%5Cwin.ini'],
    ['a NUL byte', 'app://casebook/index.html%00.png'],
    ['a control character', 'app://casebook/index%0a.html'],
    ['broken percent-encoding', 'app://casebook/%E0%A4%A'],
    ['an encoded single dot', 'app://casebook/%2e%2fsecret']
  ])('refuses %s', (_why, url) => {
    const result = resolveRendererFile(url, root)
    expect(result.ok).toBe(false)
  })

  it.each([
    'app://attacker/index.html',
    'app://casebook.attacker/index.html',
    'app://casebook:8080/index.html',
    'app://user:pass@casebook/index.html',
    'app:///etc/passwd',
    'file:///etc/passwd',
    'https://casebook/index.html',
    'not a url'
  ])('refuses %s: not the app origin', (url) => {
    const result = resolveRendererFile(url, root)
    expect(result.ok).toBe(false)
  })

  it('never answers a path outside the renderer folder, whatever the request', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%2f', '%5c', '..%5c', '%00', 'a', 'b/']
    for (const first of attempts) {
      for (const second of attempts) {
        const result = resolveRendererFile(`app://casebook/${first}/${second}/etc/passwd`, root)
        if (result.ok) expect(result.filePath.startsWith(root + sep)).toBe(true)
      }
    }
  })
})

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['fonts/DejaVuSans.ttf', 'font/ttf'],
    ['fonts/a.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['archive.tar.gz', 'application/octet-stream'],
    ['README', 'application/octet-stream']
  ])('%s is %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type)
  })
})
