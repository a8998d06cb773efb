import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEMPLATE_IDS } from '../../../src/letters'
import { pdfinfo, pdftotext, workFolder } from './pdf-tools'

describe('npm run letters:samples', () => {
  it('renders one PDF per template into the folder given', { timeout: 60_000 }, () => {
    const out = join(workFolder, 'samples')
    const log = execFileSync('npx', ['tsx', 'scripts/letters-samples.ts', '--out', out], { encoding: 'utf8' })
    expect(readdirSync(out).sort()).toEqual(TEMPLATE_IDS.map((id) => `${id}.pdf`).sort())
    expect(log).not.toContain('missing')
    expect(pdfinfo(join(out, 'identity-verification.pdf'))['Page size']).toContain('(letter)')
    expect(pdfinfo(join(out, 'acknowledgement.pdf'))['Page size']).toContain('(A4)')
    expect(pdftotext(join(out, 'identity-verification.pdf'))).toContain('Дмитрий Иванов')
    expect(pdftotext(join(out, 'clarification-request.pdf'))).toContain('Agnieszka Wąsowska')
    expect(pdftotext(join(out, 'access-response.pdf'))).toContain('Ελένη Παπαδοπούλου')
  })

  it('says how to use it when --out is missing', () => {
    let message = ''
    try {
      execFileSync('npx', ['tsx', 'scripts/letters-samples.ts'], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      message = String((error as { stderr?: string }).stderr)
    }
    expect(message).toContain('Usage: npm run letters:samples -- --out DIR')
    expect(existsSync(join(workFolder, 'undefined'))).toBe(false)
  })
})
