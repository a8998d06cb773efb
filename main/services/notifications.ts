import type { ApiOutput, ApiParsedInput } from '../../src/ipc/contract'
import type { ServiceContext } from '../../src/ipc/service'

export async function showNotification(
  input: ApiParsedInput<'showNotification'>,
  ctx: ServiceContext
): Promise<ApiOutput<'showNotification'>> {
  return { shown: await ctx.notify(input.title, input.body) }
}
