import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { ServiceContext } from '../../src/ipc/service'
import { defaultFileName } from './default-file-name'

/**
 * The context services run with in plain Node (the browser harness, tests):
 * everything under `dir`. "Save as" asks nobody: it answers a path in the
 * folder given as `saveDir`, or named by HARNESS_SAVE_DIR, or `dir/saved`.
 * "Open" answers the file given as `openFile`, or named by HARNESS_OPEN_FILE,
 * or else the path written in `dir/open-file.txt` (so that a test in another
 * process can pick one), or cancels when there is none.
 */
export function createNodeContext(dir: string, options: { saveDir?: string; openFile?: string } = {}): ServiceContext {
  return {
    appVersion: packageJson.version,
    dataFolder: join(dir, 'data'),
    backupsFolder: join(dir, 'backups'),
    async chooseSavePath(defaultName) {
      const saveFolder = options.saveDir || process.env.HARNESS_SAVE_DIR || join(dir, 'saved')
      await mkdir(saveFolder, { recursive: true })
      return join(saveFolder, defaultFileName(defaultName))
    },
    async chooseOpenPath() {
      const chosen = options.openFile || process.env.HARNESS_OPEN_FILE || (await readFile(join(dir, 'open-file.txt'), 'utf8').catch(() => ''))
      return chosen.trim() || undefined
    },
    /** No desktop here: each notification is appended, as a JSON line, to dir/notifications.jsonl. */
    async notify(title, body) {
      await mkdir(dir, { recursive: true })
      await appendFile(join(dir, 'notifications.jsonl'), JSON.stringify({ title, body }) + '\n')
      return true
    },
    /** No printer here: each PDF "printed" is written to dataFolder/printed/print-0001.pdf, -0002… */
    async print(pdf) {
      const folder = join(dir, 'data', 'printed')
      await mkdir(folder, { recursive: true })
      for (let n = (await readdir(folder)).length + 1; ; n++) {
        try {
          await writeFile(join(folder, `print-${String(n).padStart(4, '0')}.pdf`), pdf, { flag: 'wx' })
          return true
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        }
      }
    }
  }
}
