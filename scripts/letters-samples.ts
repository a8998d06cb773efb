// Renders every letter template with the built-in sample cases, one PDF per template:
//   npm run letters:samples -- --out DIR [--size A4|LETTER] [--logo FILE]
// US letters are set on US Letter paper and the others on A4, unless --size says otherwise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { composeLetter, TEMPLATE_IDS } from '../src/letters'
import { sampleFacts, SAMPLE_FOR_TEMPLATE } from '../src/letters/samples'
import { renderLetterPdf } from '../main/pdf'

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const out = option('out')
  if (!out) {
    console.error('Usage: npm run letters:samples -- --out DIR [--size A4|LETTER] [--logo FILE]')
    process.exit(2)
  }
  const size = option('size')
  if (size && size !== 'A4' && size !== 'LETTER') {
    console.error(`--size must be A4 or LETTER, not "${size}".`)
    process.exit(2)
  }
  const logoFile = option('logo')
  const logo = logoFile ? new Uint8Array(readFileSync(logoFile)) : undefined
  const folder = resolve(out)
  mkdirSync(folder, { recursive: true })

  let incomplete = 0
  for (const id of TEMPLATE_IDS) {
    const letter = composeLetter(id, sampleFacts(id))
    const pageSize = (size as 'A4' | 'LETTER' | undefined) ?? (letter.language === 'en-US' ? 'LETTER' : 'A4')
    const bytes = await renderLetterPdf(letter, { pageSize, logo })
    const file = join(folder, `${id}.pdf`)
    writeFileSync(file, bytes)
    const note = letter.missingFields.length > 0 ? `  missing: ${letter.missingFields.join(', ')}` : ''
    if (note) incomplete++
    console.log(`${file}  (${SAMPLE_FOR_TEMPLATE[id]} sample, ${pageSize})${note}`)
  }
  if (incomplete > 0) {
    console.error(`${incomplete} sample letter(s) have unfilled merge fields.`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
