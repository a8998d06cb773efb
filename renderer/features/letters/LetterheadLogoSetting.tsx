import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { desktopApi } from '../../api'
import { useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { formatBytes } from '../../components/format-bytes'
import { LETTER_CALL_LIMITS } from '../../../src/ipc/contract'
import { getLetterheadLogo, removeLetterheadLogo, saveLetterheadLogo } from '../../repositories/letters'
import { errorText, unwrap } from './api-calls'
import './letters.css'

/** The letterhead logo: a PNG or JPEG of at most 2 MB, checked by main before it is kept. */
export function LetterheadLogoSetting() {
  const { db } = useOffice()
  const logo = useLiveQuery(async () => (await getLetterheadLogo(db)) ?? null, [db])
  const [url, setUrl] = useState<string | null>(null)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!logo) {
      setUrl(null)
      return
    }
    const u = URL.createObjectURL(new Blob([logo.bytes as Uint8Array<ArrayBuffer>], { type: logo.format === 'png' ? 'image/png' : 'image/jpeg' }))
    setUrl(u)
    return () => URL.revokeObjectURL(u)
  }, [logo])

  async function choose(file: File | undefined) {
    if (!file) return
    setMessage(null)
    setBusy(true)
    try {
      if (file.size > LETTER_CALL_LIMITS.logoToCheck) {
        throw new Error(`The logo is ${formatBytes(file.size)}; the limit is 2 MB. Choose a smaller PNG or JPEG image.`)
      }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const { format } = await unwrap(desktopApi().checkLetterLogo({ bytes }))
      await saveLetterheadLogo(db, { bytes, name: file.name, format })
      setMessage({ tone: 'success', text: `The logo ${file.name} will head every letter.` })
    } catch (e) {
      setMessage({ tone: 'error', text: `The logo was not used: ${errorText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card logo-setting" aria-labelledby="logo-heading">
      <h2 id="logo-heading">Letterhead logo</h2>
      {logo ? (
        <>
          {url && <img className="logo-preview" src={url} alt={`The letterhead logo (${logo.name})`} />}
          <p>
            {logo.name} · {logo.format.toUpperCase()} · {formatBytes(logo.bytes.byteLength)}
          </p>
        </>
      ) : (
        <p className="none">No logo: letters are headed with the organisation’s name only.</p>
      )}
      <div className="field">
        <label htmlFor="letterhead-logo">{logo ? 'Replace the logo' : 'Choose a logo'}</label>
        <p className="hint" id="letterhead-logo-hint">
          A PNG or JPEG image of at most 2 MB, printed at the top left of every letter.
        </p>
        <input
          id="letterhead-logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby="letterhead-logo-hint"
          disabled={busy}
          onChange={(e) => {
            void choose(e.target.files?.[0])
            e.target.value = ''
          }}
        />
      </div>
      {logo && (
        <button
          type="button"
          onClick={() => {
            void removeLetterheadLogo(db).then(() => setMessage({ tone: 'success', text: 'The logo was removed from the letterhead.' }))
          }}
        >
          Remove the logo
        </button>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  )
}
