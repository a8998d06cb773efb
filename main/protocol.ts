import { readFile, realpath } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { protocol, type CustomScheme } from 'electron'
import { APP_SCHEME } from './app-origin'
import { looksLikeRoute, mimeTypeOf, resolveRendererFile } from './renderer-files'

/** Start from nothing and allow only what the renderer needs; no remote origin, no eval, no inline code. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Registered before `ready`: standard (real origin, relative URLs, IndexedDB) and secure (like https). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache'
  }
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

function isInside(root: string, candidate: string): boolean {
  const inside = relative(root, candidate)
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
}

/** Reads a file only if, once symbolic links are followed, it is still inside the renderer folder. */
async function readInside(realRoot: string, filePath: string): Promise<Buffer | undefined> {
  try {
    const real = await realpath(filePath)
    if (!isInside(realRoot, real)) return undefined
    return await readFile(real)
  } catch {
    return undefined
  }
}

/** The `app://` request handler, serving the built renderer in `rendererRoot` and nothing else. */
export function createRendererHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed')
    const target = resolveRendererFile(request.url, rendererRoot)
    if (!target.ok) return refusal(target.status, 'Refused')

    realRoot ??= realpath(rendererRoot)
    const root = await realRoot.catch(() => undefined)
    if (root === undefined) return refusal(404, 'Not found')

    let filePath = target.filePath
    let body = await readInside(root, filePath)
    if (body === undefined && looksLikeRoute(filePath)) {
      filePath = join(rendererRoot, 'index.html')
      body = await readInside(root, filePath)
    }
    if (body === undefined) return refusal(404, 'Not found')
    const headers = securityHeaders(mimeTypeOf(filePath))
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}

/** Serves the renderer on `app://casebook/`; call once, after `ready`. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererRoot))
}
