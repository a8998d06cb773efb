import { createServer, type IncomingMessage, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { apiNameOfChannel, runService } from '../../main/ipc/run-service'
import { services } from '../../main/services'
import { createNodeContext } from '../../main/services/node-context'
import { decodeWire, encodeWire } from '../../src/ipc/wire'
import { harnessClientScript } from './client-script'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}
const MAX_BODY = 64 * 1024 * 1024

export interface Harness {
  url: string
  server: Server
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('request too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Serves the built renderer on 127.0.0.1 with the main-process service table
 * behind the same `window.api` shape, for driving the whole app in Chromium
 * where the Electron binary is not available.
 */
export async function startHarness(options: {
  port: number
  dataDir: string
  saveDir?: string
  rendererDir?: string
  /** More folders served under a path prefix, such as the benchmark page under /bench/. */
  extraRoots?: Record<string, string>
}): Promise<Harness> {
  const root = resolve(options.rendererDir ?? 'out/renderer')
  const ctx = createNodeContext(options.dataDir, { saveDir: options.saveDir })
  const indexHtml = (await readFile(join(root, 'index.html'), 'utf8')).replace(
    '<script type="module"',
    '<script src="/harness-api.js"></script>\n    <script type="module"'
  )
  const client = harnessClientScript()
  let origin = ''

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin)
      res.setHeader('X-Content-Type-Options', 'nosniff')
      if (url.pathname.startsWith('/api/')) {
        // Only the page this harness served may call it.
        if (req.method !== 'POST' || (req.headers.origin && req.headers.origin !== origin)) {
          res.writeHead(403).end()
          return
        }
        const name = apiNameOfChannel(decodeURIComponent(url.pathname.slice('/api/'.length)))
        const input = decodeWire(await readBody(req))
        const result = await runService(name ?? '', input === null ? undefined : input, services, ctx)
        res.writeHead(200, { 'content-type': 'application/json' }).end(encodeWire(result))
        return
      }
      if (url.pathname === '/harness-api.js') {
        res.writeHead(200, { 'content-type': MIME['.js']! }).end(client)
        return
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store' }).end(indexHtml)
        return
      }
      const [prefix, extra] = Object.entries(options.extraRoots ?? {}).find(([p]) => url.pathname.startsWith(p)) ?? []
      const base = extra ? resolve(extra) : root
      const path = extra ? url.pathname.slice(prefix!.length - 1) : url.pathname
      const file = resolve(base, '.' + decodeURIComponent(path === '/' ? '/index.html' : path))
      if (!file.startsWith(base + sep)) {
        res.writeHead(404).end()
        return
      }
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      res.writeHead(code === 'ENOENT' || code === 'EISDIR' ? 404 : 500).end()
    }
  })
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  origin = `http://127.0.0.1:${port}`
  return {
    url: origin,
    server,
    close: () => new Promise<void>((done) => server.close(() => done()))
  }
}
