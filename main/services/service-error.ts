import type { IpcError } from '../../src/ipc/result'

/**
 * Thrown by a service to give the renderer a specific error code (the user
 * cancelled, a file was not found); any other thrown error becomes `failed`.
 * The message is shown to the user: say what happened and what to do.
 */
export class ServiceError extends Error {
  readonly code: IpcError['code']

  constructor(code: IpcError['code'], message: string) {
    super(message)
    this.name = 'ServiceError'
    this.code = code
  }
}
