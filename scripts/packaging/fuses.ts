import { FuseV1Options, FuseVersion, flipFuses, type FuseV1Config } from '@electron/fuses'

/**
 * The fuses a packaged Privacy Casebook ships with: switches compiled into
 * the Electron binary that no command-line flag or environment variable can
 * turn back on. Applied to the packaged binary by `npm run fuses -- PATH`
 * (as the last step of packaging, before signing).
 */
export const CASEBOOK_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary cannot be run as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies (none are used) are encrypted at rest anyway.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS is ignored: no code can be injected through the environment.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends are ignored: no debugger can be attached from outside.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's asar archive is checked against the hash in the binary.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the app inside app.asar is loaded, never loose files beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// pages get no extra privileges (the app uses app://).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true
} satisfies FuseV1Config

export async function applyFuses(electronBinary: string): Promise<void> {
  await flipFuses(electronBinary, CASEBOOK_FUSES)
}

if (process.argv[1]?.endsWith('fuses.ts')) {
  const target = process.argv[2]
  if (!target) {
    console.error('Usage: npm run fuses -- <path to the packaged Electron binary>')
    process.exit(2)
  }
  await applyFuses(target)
  console.log(`Fuses applied to ${target}.`)
}
