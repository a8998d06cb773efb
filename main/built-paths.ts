import { fileURLToPath } from 'node:url'

// Main is bundled into out/main/index.js, so these resolve next to it:
// out/preload/preload.cjs and out/renderer/. They do not depend on how the app
// was launched (`electron .`, `electron out/main/index.js`, or packaged).
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url))
export const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url))
