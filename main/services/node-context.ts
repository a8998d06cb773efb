import { appendFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { ServiceContext } from '../../src/ipc/service'
import { defaultFileName } from './default-file-name'

/**
 * The context services run with in plain Node (the browser harness, tests):
 * everything under `dir`. "Save as" asks nobody: it answers a path in the
 * folder given as `saveDir`, or named by HARNESS_SAVE_DIR, or `dir/saved`.
 */
export function createNodeContext(dir: string, options: { saveDir?: string } = {}): ServiceContext {
  return {
    appVersion: packageJson.version,
    dataFolder: join(dir, 'data'),
    backupsFolder: join(dir, 'backups'),
    async chooseSavePath(defaultName) {
      const saveFolder = options.saveDir || process.env.HARNESS_SAVE_DIR || join(dir, 'saved')
      await mkdir(saveFolder, { recursive: true })
      return join(saveFolder, defaultFileName(defaultName))
    },
    /** No desktop here: each notification is appended, as a JSON line, to dir/notifications.jsonl. */
    async notify(title, body) {
      await mkdir(dir, { recursive: true })
      await appendFile(join(dir, 'notifications.jsonl'), JSON.stringify({ title, body }) + '\n')
      return true
    }
  }
}
