import type { z } from 'zod'
import { contract, type ApiName, type ApiOutput } from '../../src/ipc/contract'
import { describeZodError, type IpcError, type Result } from '../../src/ipc/result'
import type { ServiceContext, ServiceTable } from '../../src/ipc/service'
import { ServiceError } from '../services/service-error'

const MAX_MESSAGE_LENGTH = 500
const FALLBACK_MESSAGE = 'The operation failed for an unknown reason. Please try again.'

/** One call's schemas and service, as `runCall` needs them. */
export interface CallSpec {
  input: z.ZodType
  output: z.ZodType
}

function failure(code: IpcError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

/** A message a person can read: never a stack trace, never empty, never unbounded. */
export function messageOf(error: unknown): string {
  let message = ''
  if (error instanceof Error) message = error.message
  else if (typeof error === 'string') message = error
  message = message.trim()
  if (message === '') return FALLBACK_MESSAGE
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message
}

/** Validates the argument, runs the service, checks its result and wraps everything, errors included, as a Result. */
export async function runCall(
  spec: CallSpec,
  service: (input: never, ctx: ServiceContext) => Promise<unknown>,
  rawInput: unknown,
  ctx: ServiceContext
): Promise<Result<unknown>> {
  const input = spec.input.safeParse(rawInput)
  if (!input.success) return failure('invalid-argument', describeZodError(input.error))

  let value: unknown
  try {
    value = await service(input.data as never, ctx)
  } catch (error) {
    if (error instanceof ServiceError) return failure(error.code, messageOf(error))
    return failure('failed', messageOf(error))
  }

  const output = spec.output.safeParse(value)
  if (!output.success) {
    return failure('failed', `The app produced a result it could not use (${describeZodError(output.error)}).`)
  }
  return { ok: true, value: output.data }
}

/** True when `name` is a call of the contract (own keys only: `__proto__` and `toString` are not calls). */
export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** The call a channel belongs to, for transports that carry channel names (ipcMain, the browser harness). */
export function apiNameOfChannel(channel: string): ApiName | undefined {
  const names = Object.keys(contract) as ApiName[]
  return names.find((name) => contract[name].channel === channel)
}

/**
 * The one path every call takes, whatever the transport: Electron's IPC and
 * the browser harness both call this, so both validate in the very same way.
 */
export async function runService<K extends ApiName>(
  name: K,
  rawInput: unknown,
  services: ServiceTable,
  ctx: ServiceContext
): Promise<Result<ApiOutput<K>>>
export async function runService(
  name: string,
  rawInput: unknown,
  services: ServiceTable,
  ctx: ServiceContext
): Promise<Result<unknown>>
export async function runService(
  name: string,
  rawInput: unknown,
  services: ServiceTable,
  ctx: ServiceContext
): Promise<Result<unknown>> {
  if (!isApiName(name)) return failure('not-found', `The app has no operation called "${String(name).slice(0, 80)}".`)
  const service = services[name] as (input: never, ctx: ServiceContext) => Promise<unknown>
  return runCall(contract[name], service, rawInput, ctx)
}
