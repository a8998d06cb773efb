/**
 * A structural check of an OLE compound file (the container of an Outlook .msg),
 * made before the file reaches the .msg reader, which follows sector chains and the
 * directory tree without guarding against loops: a cyclic chain, a shared sector or a
 * directory entry that points back up would make it run forever. The walk here is the
 * reader's own (MS-CFB, as @kenjiuno/msgreader reads it) with every step bounded.
 */

const END_OF_CHAIN = -2
const FREE_SECTOR = -1
const NO_ENTRY = -1
const ENTRY_SIZE = 128
const MINI_SECTOR_SIZE = 64
const MINI_STREAM_CUTOFF = 4096
const HEADER_FAT_SLOTS = 109
const MAX_DEPTH = 32
const STORAGE = 1
const STREAM = 2
const ROOT = 5

export class DamagedCompoundFile extends Error {}

export interface CompoundFileFacts {
  /** Whether any property is stored as 8-bit text in the message's code page (PT_STRING8). */
  hasAnsiStrings: boolean
}

interface DirectoryEntry {
  type: number
  name: string
  left: number
  right: number
  child: number
  start: number
  size: number
}

function damaged(why: string): never {
  throw new DamagedCompoundFile(why)
}

export function checkCompoundFile(bytes: Uint8Array): CompoundFileFacts {
  if (bytes.length < 512) damaged('shorter than its header')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const int32 = (offset: number) => {
    if (offset < 0 || offset + 4 > bytes.length) damaged('read past the end')
    return view.getInt32(offset, true)
  }
  const shift = bytes[30]
  if (shift !== 9 && shift !== 12) damaged('unknown sector size')
  const sectorSize = shift === 12 ? 4096 : 512
  if (bytes.length < sectorSize) damaged('shorter than its header')
  const perSector = sectorSize / 4
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize)
  const offsetOf = (sector: number) => (sector + 1) * sectorSize
  const used = new Uint8Array(sectorCount)
  const claim = (sector: number, what: string, needBytes = sectorSize) => {
    if (!Number.isInteger(sector) || sector < 0 || sector >= sectorCount) damaged(`${what} points outside the file`)
    if (offsetOf(sector) + needBytes > bytes.length) damaged(`${what} is cut short`)
    if (used[sector]) damaged(`${what} reuses a sector`)
    used[sector] = 1
  }

  // The sector allocation table, listed in the header and then in the DIFAT chain.
  const fatCount = int32(0x2c)
  if (fatCount < 0 || fatCount > sectorCount) damaged('impossible allocation table size')
  const fat: number[] = []
  for (let i = 0; i < Math.min(fatCount, HEADER_FAT_SLOTS); i++) fat.push(int32(0x4c + 4 * i))
  const difatCount = int32(0x48)
  if (difatCount < 0 || difatCount > sectorCount) damaged('impossible DIFAT size')
  let remaining = fatCount - Math.min(fatCount, HEADER_FAT_SLOTS)
  let difatSector = int32(0x44)
  for (let i = 0; i < difatCount; i++) {
    claim(difatSector, 'the DIFAT')
    const base = offsetOf(difatSector)
    const take = Math.min(remaining, perSector - 1)
    for (let j = 0; j < take; j++) {
      const sector = int32(base + 4 * j)
      if (sector === FREE_SECTOR || sector === END_OF_CHAIN) break
      fat.push(sector)
    }
    remaining -= take
    difatSector = int32(base + 4 * (perSector - 1))
    if (difatSector === FREE_SECTOR || difatSector === END_OF_CHAIN) break
  }
  for (const sector of fat) claim(sector, 'the allocation table')

  const nextIn = (table: number[], sector: number) => {
    const tableSector = table[Math.floor(sector / perSector)]
    return tableSector === undefined ? END_OF_CHAIN : int32(offsetOf(tableSector) + 4 * (sector % perSector))
  }
  const chainFrom = (start: number, what: string) => {
    const chain: number[] = []
    for (let sector = start; sector !== END_OF_CHAIN; sector = nextIn(fat, sector)) {
      claim(sector, what)
      chain.push(sector)
    }
    return chain
  }

  // The mini allocation table: the reader takes at most its declared count and stops at sector 0.
  const miniFatCount = int32(0x40)
  if (miniFatCount < 0 || miniFatCount > sectorCount) damaged('impossible mini table size')
  const miniFat: number[] = []
  for (let i = 0, s = int32(0x3c); i < miniFatCount && s && s !== END_OF_CHAIN; i++, s = nextIn(fat, s)) {
    claim(s, 'the mini allocation table')
    miniFat.push(s)
  }

  const entries: DirectoryEntry[] = []
  for (const sector of chainFrom(int32(0x30), 'the directory')) {
    for (let k = 0; k < sectorSize / ENTRY_SIZE; k++) entries.push(readEntry(bytes, view, offsetOf(sector) + k * ENTRY_SIZE))
  }
  const root = entries[0]
  if (!root || root.type !== ROOT) damaged('no root entry')

  const miniStream = root.start === END_OF_CHAIN || root.start === FREE_SECTOR ? [] : chainFrom(root.start, 'the mini stream')

  // The directory is a tree: every entry is reached once, through sibling and child links.
  const streams: DirectoryEntry[] = []
  const seen = new Uint8Array(entries.length)
  seen[0] = 1
  const stack: [number, number][] = [[root.child, 1]]
  while (stack.length) {
    const [index, depth] = stack.pop()!
    if (index === NO_ENTRY) continue
    const entry = entries[index]
    if (!entry || seen[index]) damaged('the directory loops')
    if (depth > MAX_DEPTH) damaged('the directory is nested too deeply')
    seen[index] = 1
    if (entry.type !== STORAGE && entry.type !== STREAM && entry.type !== ROOT) continue
    stack.push([entry.left, depth], [entry.right, depth])
    if (entry.type === STORAGE) stack.push([entry.child, depth + 1])
    if (entry.type === STREAM) streams.push(entry)
  }

  const usedMini = new Set<number>()
  for (const stream of streams) {
    if (stream.size < 0 || stream.size > bytes.length) damaged('a stream larger than the file')
    if (stream.size === 0) continue
    if (stream.size < MINI_STREAM_CUTOFF) {
      const chain: number[] = []
      for (let s = stream.start; s !== END_OF_CHAIN; s = nextIn(miniFat, s)) {
        if (s < 0 || usedMini.has(s)) damaged('a mini stream loops')
        usedMini.add(s)
        chain.push(s)
      }
      // the reader reads a one-sector chain as one run of bytes, whatever the stream's size
      const single = chain.length === 1
      if (!single && chain.length !== Math.ceil(stream.size / MINI_SECTOR_SIZE)) damaged('a mini stream of the wrong length')
      chain.forEach((s, i) => {
        const need = single ? stream.size : Math.min(MINI_SECTOR_SIZE, stream.size - i * MINI_SECTOR_SIZE)
        const holder = miniStream[Math.floor((s * MINI_SECTOR_SIZE) / sectorSize)]
        const end = holder === undefined ? Infinity : offsetOf(holder) + ((s * MINI_SECTOR_SIZE) % sectorSize) + need
        if (end > bytes.length) damaged('a mini stream is cut short')
      })
    } else {
      const chain = chainFrom(stream.start, 'a stream')
      const needed = Math.ceil(stream.size / sectorSize)
      if (chain.length < needed) damaged('a stream shorter than its size')
      const lastBytes = stream.size - (needed - 1) * sectorSize
      if (offsetOf(chain[needed - 1]!) + lastBytes > bytes.length) damaged('a stream is cut short')
    }
  }

  return { hasAnsiStrings: streams.some((s) => /^__substg1\.0_[0-9a-f]{4}(001e|101e)$/i.test(s.name)) }
}

function readEntry(bytes: Uint8Array, view: DataView, at: number): DirectoryEntry {
  const type = bytes[at + 0x42] ?? 0
  if (type !== STORAGE && type !== STREAM && type !== ROOT) {
    return { type, name: '', left: NO_ENTRY, right: NO_ENTRY, child: NO_ENTRY, start: 0, size: 0 }
  }
  const nameBytes = view.getUint16(at + 0x40, true)
  if (nameBytes > 64) damaged('a directory name too long')
  let name = ''
  for (let i = 0; i + 1 < nameBytes; i += 2) {
    const code = view.getUint16(at + i, true)
    if (code === 0) break
    name += String.fromCharCode(code)
  }
  return {
    type,
    name,
    left: view.getInt32(at + 0x44, true),
    right: view.getInt32(at + 0x48, true),
    child: view.getInt32(at + 0x4c, true),
    start: view.getInt32(at + 0x74, true),
    size: view.getInt32(at + 0x78, true)
  }
}
