import type { ApiOutput } from '../../src/ipc/contract'
import type { ServiceContext } from '../../src/ipc/service'

/** The version and where the app keeps its data and backups, for the settings page and the README's promises. */
export async function getAppInfo(_input: undefined, ctx: ServiceContext): Promise<ApiOutput<'getAppInfo'>> {
  return { version: ctx.appVersion, dataFolder: ctx.dataFolder, backupsFolder: ctx.backupsFolder }
}
