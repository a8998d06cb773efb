import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { openCasebookDb, type CasebookDb } from '../db/database'
import { getOfficeSettings } from '../repositories/settings'
import { OfficeContext } from './office'
import { useRoute } from './router'
import { Layout } from './Layout'
import { CaseListPage } from '../features/cases/CaseListPage'
import { CasePage } from '../features/cases/CasePage'
import { NewRequestPage } from '../features/intake/NewRequestPage'
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage'
import { BatchLettersPage } from '../features/letters/BatchLettersPage'
import { DueForDeletionPage } from '../features/retention/DueForDeletionPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { StartupError } from './StartupError'
import { LockGate } from '../features/lock/LockGate'
import { openDatabase } from './open-database'
import { useDailyReminder } from '../features/deadlines/use-daily-reminder'
import { useAutomaticBackups } from '../features/backup/use-automatic-backups'
import { DEFAULT_SETTINGS } from '../../src/domain/case'

export function App() {
  const [db, setDb] = useState<CasebookDb | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const database = openCasebookDb()
    openDatabase(database, setFailure).then(
      () => setDb(database),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error))
    )
    return () => database.close()
  }, [])

  if (failure) return <StartupError message={failure} />
  if (!db) return <p className="loading">Opening the case database…</p>
  return <OfficeApp db={db} />
}

function OfficeApp({ db }: { db: CasebookDb }) {
  const settings = useLiveQuery(() => getOfficeSettings(db), [db])
  const route = useRoute()
  useDailyReminder(db, settings ?? DEFAULT_SETTINGS)
  useAutomaticBackups(db, settings ?? DEFAULT_SETTINGS)

  if (!settings) return <p className="loading">Loading settings…</p>
  const needsSetup = settings.staffName === ''
  return (
    <OfficeContext.Provider value={{ db, settings }}>
      <LockGate db={db}>
      <Layout route={route}>
        {needsSetup && route.page !== 'settings' ? (
          <SettingsPage welcome />
        ) : route.page === 'case' ? (
          <CasePage key={route.id} id={route.id} />
        ) : route.page === 'new' ? (
          <NewRequestPage />
        ) : route.page === 'deadlines' ? (
          <DeadlinesPage />
        ) : route.page === 'letters' ? (
          <BatchLettersPage />
        ) : route.page === 'retention' ? (
          <DueForDeletionPage />
        ) : route.page === 'reports' ? (
          <ReportsPage />
        ) : route.page === 'settings' ? (
          <SettingsPage welcome={needsSetup} />
        ) : (
          <CaseListPage />
        )}
      </Layout>
      </LockGate>
    </OfficeContext.Provider>
  )
}
