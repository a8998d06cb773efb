import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'

/** Where an `app://casebook/...` request leads: a file inside the built renderer, or a refusal. */
export type RendererFile =
  | { ok: true; filePath: string }
  | { ok: false; status: 400 | 403; reason: string }

// A decoded path segment may hold none of these: separators of any OS, NUL and
// other control characters, or ':' (Windows drive letters and NTFS streams).
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/

/**
 * Maps a request URL to a file inside `rendererRoot`, refusing anything that
 * could reach outside it (traversal, encoded traversal, absolute paths,
 * backslashes, NUL) and any host but the app's own.
 */
export function resolveRendererFile(requestUrl: string, rendererRoot: string): RendererFile {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return { ok: false, status: 403, reason: 'not the app origin' }
  }
  if (url.pathname.includes('\\')) {
    return { ok: false, status: 400, reason: 'backslash in path' }
  }

  const rawSegments = url.pathname.split('/').slice(1)
  const segments: string[] = []
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1
    if (raw === '') {
      if (isLast) break
      return { ok: false, status: 400, reason: 'empty path segment' }
    }
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' }
    }
    if (segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return { ok: false, status: 400, reason: 'forbidden path segment' }
    }
    segments.push(segment)
  }
  if (segments.length === 0 || rawSegments.at(-1) === '') segments.push('index.html')

  const root = resolve(rendererRoot)
  const filePath = join(root, ...segments)
  const inside = relative(root, filePath)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' }
  }
  return { ok: true, filePath }
}

/** True when a path names a route of the single-page app rather than a file (no extension). */
export function looksLikeRoute(filePath: string): boolean {
  return extname(filePath) === ''
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf'
}

/** The Content-Type for a renderer file; unknown kinds are served as opaque bytes (and nosniff keeps them so). */
export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}
