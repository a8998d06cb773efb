import { z } from 'zod'
import type { Result } from './result'
import { BACKUP_REASONS } from '../backup/file-names'
import { composedLetterSchema } from '../letters/letter-schema'
import { reportFiguresSchema } from '../reports/figures-schema'
import { reportOrganisationSchema } from '../reports/render-input'

/** The largest file the renderer may hand to main in one call (a backup with every letter's PDF). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024

const fileBytes = z
  .instanceof(Uint8Array, { message: 'The file contents must be bytes.' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: 'The file is larger than 1 GB.' })

/** Letters: a logo the renderer may hand over to be checked, the letterhead logo itself, and how many letters one call renders. */
export const LETTER_CALL_LIMITS = { logoToCheck: 40 * 1024 * 1024, logo: 2 * 1024 * 1024, perChunk: 25, combined: 1000 } as const

const pdfBytes = z.instanceof(Uint8Array, { message: 'The PDF must be bytes.' })
const letterRendering = {
  pageSize: z.enum(['A4', 'LETTER']),
  logo: z
    .instanceof(Uint8Array, { message: 'The logo must be bytes.' })
    .refine((b) => b.byteLength <= LETTER_CALL_LIMITS.logo, { message: 'The logo is larger than 2 MB; choose a smaller PNG or JPEG image in Settings.' })
    .optional()
}

/** A backup in the backups folder. */
const backupFileInfo = z.object({ name: z.string(), createdAt: z.string(), reason: z.enum(BACKUP_REASONS), size: z.number() })

/** What a saved file is, which decides the save dialog's file types. */
export const SAVE_KINDS = { pdf: ['PDF document', 'pdf'], csv: ['CSV spreadsheet', 'csv'], backup: ['Privacy Casebook backup', 'casebook'] } as const

/**
 * Every call the renderer may make to main: its channel name (domain:verb)
 * and the zod schemas of its argument and result. The preload, main's
 * registration and the browser harness are all built from this one table.
 */
export const contract = {
  getAppInfo: {
    channel: 'app:info',
    input: z.undefined(),
    output: z.object({
      version: z.string(),
      dataFolder: z.string(),
      backupsFolder: z.string()
    })
  },
  /** A desktop notification (the daily deadline reminder). */
  showNotification: {
    channel: 'notify:show',
    input: z.strictObject({
      title: z.string().min(1).max(120),
      body: z.string().max(1000)
    }),
    output: z.object({ shown: z.boolean() })
  },
  /** Asks the user where to save a file, and writes it there atomically (temp file, fsync, rename). */
  saveFile: {
    channel: 'files:save',
    input: z.strictObject({
      defaultName: z.string().min(1).max(255),
      kind: z.enum(['pdf', 'csv', 'backup']),
      bytes: fileBytes
    }),
    output: z.object({ saved: z.boolean(), path: z.string().optional() })
  },
  /** Checks a letterhead logo chosen in Settings: a PNG or JPEG of at most 2 MB, or a message saying what is wrong. */
  checkLetterLogo: {
    channel: 'letters:check-logo',
    input: z.strictObject({
      bytes: z
        .instanceof(Uint8Array, { message: 'The logo must be bytes.' })
        .refine((b) => b.byteLength <= LETTER_CALL_LIMITS.logoToCheck, { message: 'The file is far larger than the 2 MB a logo may be.' })
    }),
    output: z.object({ format: z.enum(['png', 'jpeg']) })
  },
  /** One letter as a PDF (preview, issue), and any character its font cannot print. */
  renderLetter: {
    channel: 'letters:render',
    input: z.strictObject({ letter: composedLetterSchema, ...letterRendering }),
    /** missingCharacters: what the letter font cannot print, which the page would lack. */
    output: z.object({ bytes: pdfBytes, missingCharacters: z.array(z.string()) })
  },
  /** Up to 25 letters, each as its own PDF (a batch, chunk by chunk, so that it can show progress and stop). */
  renderLetters: {
    channel: 'letters:render-each',
    input: z.strictObject({ letters: z.array(composedLetterSchema).min(1).max(LETTER_CALL_LIMITS.perChunk), ...letterRendering }),
    output: z.object({ files: z.array(pdfBytes), missingCharacters: z.array(z.array(z.string())) })
  },
  /** Several letters as one PDF for printing, each starting on a new page with its own page numbers. */
  renderCombinedLetters: {
    channel: 'letters:render-combined',
    input: z.strictObject({ letters: z.array(composedLetterSchema).min(1).max(LETTER_CALL_LIMITS.combined), ...letterRendering }),
    output: z.object({ bytes: pdfBytes })
  },
  /** The office's report for a period as a PDF: the figures worked out in the renderer, printed under the letters' letterhead. */
  renderReport: {
    channel: 'reports:render',
    input: z.strictObject({ figures: reportFiguresSchema, organisation: reportOrganisationSchema, ...letterRendering }),
    output: z.object({ bytes: pdfBytes })
  },
  /** Opens the system's print dialog for a PDF. */
  printLetter: {
    channel: 'letters:print',
    input: z.strictObject({ bytes: fileBytes }),
    output: z.object({ printed: z.boolean() })
  },
  /** Writes a backup into the backups folder atomically under a timestamped name, keeping the newest 14 (daily, on quit, "Back up now", before a restore). */
  writeBackup: {
    channel: 'backups:write',
    input: z.strictObject({ reason: z.enum(BACKUP_REASONS), bytes: fileBytes }),
    output: z.object({ written: z.boolean(), backup: backupFileInfo.optional(), note: z.string().optional() })
  },
  /** The backups in the backups folder, newest first. */
  listBackups: {
    channel: 'backups:list',
    input: z.undefined(),
    output: z.object({ folder: z.string(), backups: z.array(backupFileInfo) })
  },
  /** One backup of the backups folder, by its name in the list. */
  readBackup: {
    channel: 'backups:read',
    input: z.strictObject({ name: z.string().min(1).max(255) }),
    output: z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) })
  },
  /** Asks the user for a backup file and reads it (a file over 1 GB is refused unread). */
  openBackupFile: {
    channel: 'backups:open-file',
    input: z.undefined(),
    output: z.object({ opened: z.boolean(), name: z.string().optional(), bytes: z.instanceof(Uint8Array).optional() })
  },
  /** The plain backup inside a password-protected one; a wrong password fails with a message. */
  unlockBackup: {
    channel: 'backups:unlock',
    input: z.strictObject({ bytes: fileBytes, password: z.string().min(1).max(1024) }),
    output: z.object({ bytes: z.instanceof(Uint8Array) })
  },
  /** Asks where to save a backup and writes it there atomically, protected by the password when one is given. */
  saveBackupAs: {
    channel: 'backups:save-as',
    input: z.strictObject({
      defaultName: z.string().min(1).max(255),
      bytes: fileBytes,
      password: z.string().min(8, 'A backup password must have at least 8 characters.').max(1024).optional()
    }),
    output: z.object({ saved: z.boolean(), path: z.string().optional(), encrypted: z.boolean() })
  }
} as const

/**
 * Messages main sends to the renderer (main → renderer): each its channel and
 * payload. The preload exposes one named subscription per event, never
 * ipcRenderer itself.
 */
export const events = {
  /** The app is quitting or its window closing: make the final backup now (writeBackup, reason 'on-quit'). */
  backupRequested: { channel: 'backups:requested', payload: z.strictObject({ reason: z.literal('on-quit') }) }
} as const

/** The subscription `window.api` offers for each event. */
export const SUBSCRIPTIONS = { onBackupRequested: 'backupRequested' } as const satisfies Record<string, keyof typeof events>

type Contract = typeof contract
export type ApiName = keyof Contract
export type ApiInput<K extends ApiName> = z.input<Contract[K]['input']>
export type ApiParsedInput<K extends ApiName> = z.output<Contract[K]['input']>
export type ApiOutput<K extends ApiName> = z.output<Contract[K]['output']>

/** One named method per call. */
export type DesktopCalls = {
  [K in ApiName]: (...args: ApiInput<K> extends undefined ? [] : [ApiInput<K>]) => Promise<Result<ApiOutput<K>>>
}

/** One named subscription per event; each returns a function that unsubscribes. */
export type DesktopSubscriptions = {
  [S in keyof typeof SUBSCRIPTIONS]: (callback: () => void) => () => void
}

/** The shape of `window.api`. */
export type DesktopApi = DesktopCalls & DesktopSubscriptions

/** Builds the calls of `window.api`, one named method per call, over a transport (ipcRenderer.invoke, or HTTP in the harness). */
export function buildApi(invoke: (channel: string, input: unknown) => Promise<unknown>): DesktopCalls {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
  for (const [name, spec] of Object.entries(contract)) {
    api[name] = (input?: unknown) => invoke(spec.channel, input)
  }
  return api as DesktopCalls
}

export const channelNames: readonly string[] = Object.values(contract).map((spec) => spec.channel)
