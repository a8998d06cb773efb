import { contract, type ApiName } from '../../src/ipc/contract'
import type { Result } from '../../src/ipc/result'
import type { ServiceContext, ServiceTable } from '../../src/ipc/service'
import { messageOf, runService } from './run-service'
import { isTrustedSender, type InvokeEventLike } from './sender'

/** The part of Electron's ipcMain this binding uses, so it can be tested without Electron. */
export interface IpcMainLike<Event extends InvokeEventLike = InvokeEventLike> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<Result<unknown>>): void
}

export interface IpcBinding<Event extends InvokeEventLike = InvokeEventLike> {
  /** True for the webContents of a window this app created. */
  isAppWindow(sender: { id: number }): boolean
  /** The context a call runs with (dialogs belong to the calling window). */
  contextFor(event: Event): ServiceContext
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the app window and was refused.' }
}

const TOO_MANY_ARGUMENTS: Result<never> = {
  ok: false,
  error: { code: 'invalid-argument', message: 'Each operation takes at most one argument.' }
}

/** Binds one `ipcMain.handle` per contract entry; each checks the sender, then goes through `runService`. */
export function registerIpc<Event extends InvokeEventLike>(
  ipcMain: IpcMainLike<Event>,
  services: ServiceTable,
  binding: IpcBinding<Event>
): void {
  for (const name of Object.keys(contract) as ApiName[]) {
    ipcMain.handle(contract[name].channel, async (event: Event, ...args: unknown[]) => {
      if (!isTrustedSender(event, binding.isAppWindow)) return { ...FORBIDDEN }
      if (args.length > 1) return { ...TOO_MANY_ARGUMENTS }
      try {
        return await runService(name, args[0], services, binding.contextFor(event))
      } catch (error) {
        return { ok: false, error: { code: 'failed', message: messageOf(error) } }
      }
    })
  }
}
