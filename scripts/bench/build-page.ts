import { resolve } from 'node:path'
import { build } from 'vite'

/** Builds the benchmark page (scripts/bench/page) into out/bench, resolving modules as the renderer does. */
export async function buildBenchPage(): Promise<string> {
  const outDir = resolve('out/bench')
  await build({
    root: resolve('scripts/bench/page'),
    base: '/bench/',
    logLevel: 'warn',
    resolve: { alias: { 'iconv-lite': resolve('src/email/iconv-lite-browser.ts') } },
    build: { outDir, emptyOutDir: true }
  })
  return outDir
}
