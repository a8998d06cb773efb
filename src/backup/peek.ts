import { factsOf, manifestSchema, type BackupFacts } from './format'

const NEWLINE = 0x0a
const MAX_MANIFEST = 64 * 1024

/** The manifest's facts from a backup's first line, without checking the rest (main uses it to name and skip backups). */
export function readManifestFacts(bytes: Uint8Array): BackupFacts | undefined {
  const end = bytes.subarray(0, MAX_MANIFEST).indexOf(NEWLINE)
  if (end === -1) return undefined
  try {
    const manifest = manifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))))
    return manifest.success ? factsOf(manifest.data) : undefined
  } catch {
    return undefined
  }
}
