import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMAIL_LIMITS, EmailImportError, parseEmailFile } from '../../../src/email'
import { buildMsg, int32At, PROP, sectorOffset, setInt32At } from './build-msg'
import { fixture, rejection, text } from './fixtures'

const TZ = { timeZone: 'Europe/London' }
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await rejection(parseEmailFile({ name, bytes }, TZ))
  expect(error).toBeInstanceOf(EmailImportError)
  return error.message
}

/** Resolves with the facts or rejects with an EmailImportError, never anything else. */
async function importsOrRefuses(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await parseEmailFile({ name, bytes }, TZ)
  } catch (error) {
    if (!(error instanceof EmailImportError)) throw error
  }
}

function eml(headers: string, body = 'Hello'): Uint8Array {
  return text(`From: Someone <someone@example.com>\r\nSubject: Test\r\nDate: Fri, 06 Mar 2026 17:42:00 +0100\r\n${headers}\r\n${body}`)
}

function withAttachments(count: number, partHeaders: string): Uint8Array {
  const parts = Array.from({ length: count }, (_, i) => `--b\r\n${partHeaders.replace('#', String(i))}\r\n\r\nx\r\n`)
  return eml('Content-Type: multipart/mixed; boundary=b\r\n', `${parts.join('')}--b--\r\n`)
}

describe('files that are not emails', () => {
  it('refuses an empty file', async () => {
    expect(await refusal('request.eml', new Uint8Array())).toMatch(/empty/)
  })

  it('refuses a file over 25 MB, naming the limit', async () => {
    const message = await refusal('big.eml', new Uint8Array(EMAIL_LIMITS.fileBytes + 1))
    expect(message).toMatch(/25 MB/)
  })

  it('refuses other kinds of file by their name, and says what they are', async () => {
    expect(await refusal('letter.pdf', text('%PDF-1.7\n'))).toMatch(/^This is a PDF document, not an email\. Import a \.eml file, or an Outlook \.msg file/)
    expect(await refusal('notes.txt', text('From: a@example.com\r\n\r\nhi'))).toMatch(/Only email files can be imported/)
  })

  it('refuses an .eml or a .msg whose content is something else', async () => {
    expect(await refusal('scan.eml', text('%PDF-1.4\n%âãÏÓ'))).toMatch(/is a PDF document, not an email/)
    expect(await refusal('mail.msg', text('just some text\nnothing more'))).toMatch(/not in Outlook’s format/)
    expect(await refusal('mail.eml', text('just some text\nnothing more'))).toMatch(/does not start with mail headers/)
  })

  it('refuses garbage bytes under either name', async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
    await refusal('x.eml', garbage)
    await refusal('x.msg', garbage)
    await refusal('x.msg', Uint8Array.from([...OLE_MAGIC, ...garbage]))
  })

  it('reads an Outlook message saved with the wrong extension by its content', async () => {
    const email = await parseEmailFile({ name: 'misnamed.eml', bytes: fixture('simple.msg').bytes }, TZ)
    expect(email.format).toBe('msg')
    expect(email.subject).toBe('Simple')
  })
})

describe('damaged Outlook files', () => {
  it('refuses a truncated .msg, wherever it was cut', async () => {
    const { bytes } = fixture('attachments.msg')
    for (const length of [8, 511, 512, 1000, 4096, Math.floor(bytes.length / 2), bytes.length - 512]) {
      expect(await refusal('cut.msg', bytes.slice(0, length))).toMatch(/damaged or incomplete/)
    }
  })

  // Each of these made @kenjiuno/msgreader run forever before the structural check.
  const message = () =>
    buildMsg([
      { id: PROP.messageClass, type: 'unicode', text: 'IPM.Note' },
      { id: PROP.subject, type: 'unicode', text: 'Hello' },
      { id: PROP.body, type: 'unicode', text: 'x'.repeat(5000) }
    ])
  const fatSector = (bytes: Uint8Array) => int32At(bytes, 0x4c)
  const directorySector = (bytes: Uint8Array) => int32At(bytes, 0x30)
  const attacks: Record<string, (bytes: Uint8Array) => void> = {
    'a sector chain that loops': (b) => setInt32At(b, sectorOffset(fatSector(b)) + 4 * directorySector(b), directorySector(b)),
    'a directory entry that is its own sibling': (b) => {
      const dir = sectorOffset(directorySector(b))
      const child = int32At(b, dir + 0x4c)
      setInt32At(b, dir + 128 * child + 0x48, child)
    },
    'a stream claiming 2 GB': (b) => setInt32At(b, sectorOffset(directorySector(b)) + 128 + 0x78, 0x7ffffff0),
    'a mini stream chain that loops': (b) => setInt32At(b, sectorOffset(int32At(b, 0x3c)), 0)
  }
  for (const [attack, corrupt] of Object.entries(attacks)) {
    it(`refuses ${attack}`, async () => {
      const bytes = message()
      expect((await parseEmailFile({ name: 'ok.msg', bytes: message() }, TZ)).subject).toBe('Hello')
      corrupt(bytes)
      expect(await refusal('attack.msg', bytes)).toMatch(/damaged or incomplete/)
    })
  }

  it('refuses a .msg with more than 200 attachments', async () => {
    // 201 attachment folders, each holding only its property stream
    const { burn } = await import('@kenjiuno/msgreader/lib/Burner')
    const { TypeEnum } = await import('@kenjiuno/msgreader/lib/Reader')
    const props = new Uint8Array(32)
    const entries: Parameters<typeof burn>[0] = [{ name: 'Root Entry', type: TypeEnum.ROOT, children: [], length: 0 }]
    const add = (parent: number, entry: (typeof entries)[number]) => {
      entries[parent]!.children!.push(entries.length)
      entries.push(entry)
      return entries.length - 1
    }
    add(0, { name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: 32, binaryProvider: () => props })
    for (let i = 0; i < 201; i++) {
      const folder = add(0, { name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`, type: TypeEnum.DIRECTORY, children: [], length: 0 })
      add(folder, { name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: 8, binaryProvider: () => props.subarray(0, 8) })
    }
    expect(await refusal('many.msg', burn(entries))).toMatch(/201 attachments, over the limit of 200/)
  })
})

describe('malicious .eml files finish, refused or read', () => {
  it('refuses 10,000 attachments, whether their headers are long or short', async () => {
    const long = await refusal('many.eml', withAttachments(10_000, 'Content-Type: text/plain\r\nContent-Disposition: attachment; filename=a#.txt'))
    expect(long).toMatch(/headers are over 512 KB/)
    const short = await refusal('many.eml', withAttachments(10_000, 'Content-Disposition: attachment'))
    expect(short).toMatch(/10,000 attachments, over the limit of 200/)
  })

  it('reads 200 attachments and refuses 201', async () => {
    const email = await parseEmailFile({ name: 'ok.eml', bytes: withAttachments(200, 'Content-Disposition: attachment; filename=a#.txt') }, TZ)
    expect(email.attachments).toHaveLength(200)
    expect(email.attachments[199]!.name).toBe('a199.txt')
    expect(await refusal('x.eml', withAttachments(201, 'Content-Disposition: attachment'))).toMatch(/201 attachments/)
  })

  it('refuses 1 MB of headers, in many lines or in one', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `X-Junk-${i}: ${'y'.repeat(40)}\r\n`).join('')
    expect(await refusal('h.eml', eml(many))).toMatch(/headers are over 512 KB/)
    expect(await refusal('h.eml', eml(`X-Long: ${'z'.repeat(1 << 20)}\r\n`))).toMatch(/headers are over 512 KB/)
  })

  it('refuses parts nested 200 deep', async () => {
    const nested = Array.from({ length: 200 }, (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`).join('')
    expect(await refusal('deep.eml', eml(nested, 'Content-Type: text/plain\r\n\r\nhi'))).toMatch(/nested more than 50 deep/)
  })

  it('reads a message of unterminated HTML comments and tags to the end', async () => {
    const html = '<p>Please delete my data.</p>' + '<!-- <b '.repeat(200_000)
    const email = await parseEmailFile({ name: 'html.eml', bytes: eml('Content-Type: text/html\r\n', html) }, TZ)
    expect(email.body).toBe('Please delete my data.')
  })
})

describe('whatever the bytes, only an EmailImportError', () => {
  it('for random bytes named .eml or .msg', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.eml', 'a.msg'), fc.boolean(), async (bytes, name, ole) => {
        await importsOrRefuses(name, ole ? Uint8Array.from([...OLE_MAGIC, ...bytes]) : bytes)
      }),
      { numRuns: 300 }
    )
  })

  it('for real messages with bytes overwritten and cut short', async () => {
    const originals = ['simple.msg', 'attachments.msg', 'msg-in-msg.msg', 'sar-unicode-with-attachment.eml', 'mime-torture.eml'].map(fixture)
    await fc.assert(
      fc.asyncProperty(
        fc.nat(originals.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        async (which, writes, cut) => {
          const original = originals[which]!
          const bytes = original.bytes.slice()
          // most of a .msg's structure is in its first sectors
          const span = original.name.endsWith('.msg') ? 2048 : bytes.length
          for (const [at, value] of writes) bytes[Math.floor(at * (span - 1))] = value
          await importsOrRefuses(original.name, cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length)))
        }
      ),
      { numRuns: 400 }
    )
  }, 60_000)
})
