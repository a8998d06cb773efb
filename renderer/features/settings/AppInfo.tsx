import { useEffect, useState } from 'react'
import { desktopApi } from '../../api'

type Info = { version: string; dataFolder: string; backupsFolder: string }

/** Where the data lives, asked of the main process. */
export function AppInfo() {
  const [info, setInfo] = useState<Info | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    desktopApi()
      .getAppInfo()
      .then((result) => (result.ok ? setInfo(result.value) : setError(result.error.message)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [])
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About this installation</h2>
      {error && <p className="error">Could not ask the app where its data lives: {error}</p>}
      {info && (
        <dl>
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Case database</dt>
          <dd className="path">{info.dataFolder}</dd>
          <dt>Backups folder</dt>
          <dd className="path">{info.backupsFolder}</dd>
        </dl>
      )}
    </section>
  )
}
