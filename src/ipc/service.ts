import type { ApiName, ApiOutput, ApiParsedInput } from './contract'

/** What a main-process service may use besides its argument; Electron and the harness each provide one. */
export interface ServiceContext {
  appVersion: string
  dataFolder: string
  backupsFolder: string
  /** Asks the user where to save a file; undefined when they cancel. */
  chooseSavePath(defaultName: string, filters: { name: string; extensions: string[] }[]): Promise<string | undefined>
  /** Asks the user to choose a file to open; undefined when they cancel. */
  chooseOpenPath(filters: { name: string; extensions: string[] }[]): Promise<string | undefined>
  /** Shows a desktop notification; false where the system has none. */
  notify(title: string, body: string): Promise<boolean>
  /** Opens the system's print dialog for a PDF; false when the user cancels. */
  print(pdf: Uint8Array): Promise<boolean>
}

/** The service table: one plain function per call, knowing nothing of IPC. */
export type ServiceTable = {
  [K in ApiName]: (input: ApiParsedInput<K>, ctx: ServiceContext) => Promise<ApiOutput<K>>
}
