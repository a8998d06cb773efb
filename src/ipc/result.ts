import { z } from 'zod'

/** What every IPC call returns: errors cross the boundary as data with a message a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export interface IpcError {
  code: 'invalid-argument' | 'forbidden' | 'failed' | 'cancelled' | 'not-found'
  message: string
}

export const ipcErrorSchema = z.object({
  code: z.enum(['invalid-argument', 'forbidden', 'failed', 'cancelled', 'not-found']),
  message: z.string()
})

/** Turns a zod failure into one sentence naming the field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}
