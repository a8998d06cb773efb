import { useLiveQuery } from 'dexie-react-hooks'
import { useOffice } from '../../app/office'
import { getLetterheadLogo } from '../../repositories/letters'
import type { LetterRendering } from './api-calls'

/** The page size and the letterhead logo from Settings; undefined while the logo loads. */
export function useLetterRendering(): LetterRendering | undefined {
  const { db, settings } = useOffice()
  const logo = useLiveQuery(async () => (await getLetterheadLogo(db)) ?? null, [db])
  if (logo === undefined) return undefined
  return { pageSize: settings.letterPageSize === 'LETTER' ? 'LETTER' : 'A4', logo }
}
