import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startHarness } from './harness/server'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5170' }, data: { type: 'string' } }
})
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`)
  process.exit(2)
}
const dataDir = values.data ?? mkdtempSync(join(tmpdir(), 'casebook-harness-'))
const harness = await startHarness({ port, dataDir })
console.log(`Privacy Casebook (browser harness) at ${harness.url}  — main-process files under ${dataDir}`)
