import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, createRendererHandler, serveRenderer } from '../../../main/protocol'
import { fakeElectron, resetFakeElectron } from './fake-electron'

let dir: string
let renderer: string
let handle: (request: Request) => Promise<Response>

beforeEach(async () => {
  resetFakeElectron()
  dir = await mkdtemp(join(tmpdir(), 'casebook-protocol-'))
  renderer = join(dir, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Privacy Casebook</title>')
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer')
  await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'))
  handle = createRendererHandler(renderer)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('the app:// protocol', () => {
  it('serves the renderer with its type, the strict CSP and nosniff', async () => {
    const response = await get('app://casebook/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Privacy Casebook')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)

    const script = await get('app://casebook/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
  })

  it('uses a CSP that starts from nothing: no remote origin, no eval, no inline code', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/)
        return [name!, values]
      })
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/)
  })

  it('answers a route of the app with index.html, but a missing asset with 404', async () => {
    const route = await get('app://casebook/cases/PR-2026-0042')
    expect(route.status).toBe(200)
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect((await get('app://casebook/assets/missing.js')).status).toBe(404)
  })

  it.each([
    'app://casebook/..%2fsecret.txt',
    'app://casebook/..%5csecret.txt',
    'app://casebook/%2e%2e%2fsecret.txt',
    'app://attacker/index.html',
    'app://casebook//etc/passwd'
  ])('refuses %s without reading anything', async (url) => {
    const response = await get(url)
    expect([400, 403]).toContain(response.status)
    expect(await response.text()).not.toContain('outside the renderer')
  })

  it('does not follow a symbolic link out of the renderer folder', async () => {
    const response = await get('app://casebook/assets/link.txt')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('outside the renderer')
  })

  it('serves reads only', async () => {
    expect((await get('app://casebook/index.html', 'POST')).status).toBe(405)
  })

  it('registers the scheme as standard, secure and fetchable, and handles it', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    })
    serveRenderer(renderer)
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})
