import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'buffer', 'worker_threads']

/** Each folder says where its code may run; these rules keep the processes apart. */
const boundaries = {
  src: {
    patterns: [
      { group: ['electron', 'electron/*'], message: 'src/ is shared by both processes: no Electron.' },
      { group: NODE_BUILTINS, message: 'src/ is pure TypeScript: no Node built-ins (put file and OS work in main/).' },
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-react-hooks'], message: 'src/ holds no UI or database code (that is renderer/).' },
      { group: ['**/main/**', '../main/*', '../../main/*'], message: 'src/ must not import main/.' },
      { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'src/ must not import renderer/.' }
    ]
  },
  main: {
    patterns: [
      { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'main/ must not import renderer/: share code through src/.' },
      { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'], message: 'main/ holds no case data and no UI.' }
    ]
  },
  renderer: {
    patterns: [
      { group: ['**/main/**', '../main/*', '../../main/*'], message: 'renderer/ must not import main/: talk to it through window.api.' },
      { group: ['electron', 'electron/*'], message: 'The renderer is sandboxed: no Electron; use window.api.' },
      { group: NODE_BUILTINS, message: 'The renderer is sandboxed: no Node built-ins.' }
    ]
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off'
    }
  },
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.src] } },
  { files: ['main/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.main] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', boundaries.renderer]
    }
  }
)
