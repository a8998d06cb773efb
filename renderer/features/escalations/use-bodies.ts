import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useOffice } from '../../app/office'
import { ensureBodies, listBodies } from '../../repositories/bodies'
import type { ComplaintBody } from '../../../src/escalations/bodies'

/** The directory of bodies, live; seeded first if it is empty. */
export function useBodies(): ComplaintBody[] | undefined {
  const { db } = useOffice()
  useEffect(() => {
    void ensureBodies(db)
  }, [db])
  return useLiveQuery(() => listBodies(db), [db])
}
