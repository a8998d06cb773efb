import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

/**
 * Runs electronegativity (Doyensec's Electron security scanner) over the main
 * process, the preload, the renderer's index.html and package.json together,
 * and fails on any HIGH finding. It runs offline: its check for new Electron
 * releases fails after a few seconds, which is harmless.
 */
const ELECTRON_VERSION = '45.5.0'
const scan = mkdtempSync(join(tmpdir(), 'casebook-electronegativity-'))
try {
  cpSync('main', join(scan, 'main'), { recursive: true })
  cpSync('renderer/index.html', join(scan, 'index.html'))
  cpSync('package.json', join(scan, 'package.json'))
  const report = join(scan, 'findings.csv')
  const run = spawnSync(
    process.execPath,
    [join('node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', scan, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report],
    { encoding: 'utf8', timeout: 120_000 }
  )
  if (run.error) throw run.error
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean)
  const findings = rows.map((row) => {
    const [check, severity, confidence, file, location] = row.split(',').map((cell) => cell.replace(/^"|"$/g, ''))
    return { check, severity, confidence, file, location }
  })
  for (const f of findings) console.log(`${f.severity?.padEnd(13)} ${f.confidence?.padEnd(9)} ${f.check}  ${f.file}:${f.location}`)
  const high = findings.filter((f) => f.severity === 'HIGH')
  if (high.length) {
    console.error(`electronegativity: ${high.length} HIGH finding(s). Fix them; see https://github.com/doyensec/electronegativity/wiki`)
    process.exit(1)
  }
  console.log(`electronegativity: ${findings.length} finding(s), none HIGH.`)
} finally {
  rmSync(scan, { recursive: true, force: true })
}
