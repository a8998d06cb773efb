import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Three bundles. The preload runs in a sandbox, so it is CommonJS with every
// dependency (zod) bundled in: a sandboxed preload can only require 'electron'.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('main/index.ts') }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve('main/preload.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    resolve: {
      // msgreader's iconv-lite needs Node's buffer; the browser's TextDecoder does its job (see the file).
      alias: { 'iconv-lite': resolve('src/email/iconv-lite-browser.ts') }
    },
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') }
    }
  }
})
