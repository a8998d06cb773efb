import type { ApiOutput, ApiParsedInput } from '../../src/ipc/contract'
import { SAVE_KINDS } from '../../src/ipc/contract'
import type { ServiceContext } from '../../src/ipc/service'
import { describeWriteError, writeFileAtomic } from '../files/atomic-write'
import { ServiceError } from './service-error'

export async function saveFile(input: ApiParsedInput<'saveFile'>, ctx: ServiceContext): Promise<ApiOutput<'saveFile'>> {
  const [name, extension] = SAVE_KINDS[input.kind]
  const path = await ctx.chooseSavePath(input.defaultName, [{ name, extensions: [extension] }])
  if (!path) return { saved: false }
  try {
    await writeFileAtomic(path, input.bytes)
  } catch (error) {
    throw new ServiceError('failed', describeWriteError(path, error))
  }
  return { saved: true, path }
}
