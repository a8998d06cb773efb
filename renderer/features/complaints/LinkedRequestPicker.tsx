import { useEffect, useId, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { useOffice } from '../../app/office'
import { findRequestsToLink } from '../../repositories/escalations'
import type { Case } from '../../../src/domain/case'
import type { RequestFormInput } from '../../../src/domain/request-form'
import '../escalations/escalations.css'
import { formatDateLong } from '../../../src/domain/dates'

/**
 * The request a complaint is about: search by reference, name or email
 * (the case list's own search index), then choose it. Optional: a
 * complaint may concern no request on file.
 */
export function LinkedRequestPicker() {
  const { db } = useOffice()
  const { watch, setValue } = useFormContext<RequestFormInput>()
  const linkedId = watch('linkedCaseId')
  const linkedReference = watch('linkedReference')
  const [search, setSearch] = useState('')
  const [found, setFound] = useState<Case[] | null>(null)
  const id = useId()

  useEffect(() => {
    const text = search.trim()
    if (text === '') {
      setFound(null)
      return
    }
    let stale = false
    const t = setTimeout(() => {
      void findRequestsToLink(db, text).then((rows) => {
        if (!stale) setFound(rows)
      })
    }, 150)
    return () => {
      stale = true
      clearTimeout(t)
    }
  }, [db, search])

  const choose = (c: Case | undefined) => {
    setValue('linkedCaseId', c?.id, { shouldDirty: true })
    setValue('linkedReference', c?.reference, { shouldDirty: true })
    setSearch('')
  }

  return (
    <div className="field linked-picker" role="group" aria-labelledby={`${id}-label`}>
      <span className="label" id={`${id}-label`}>
        Linked request
      </span>
      {linkedId ? (
        <p className="linked-choice">
          This complaint is about <span className="reference">{linkedReference}</span>.{' '}
          <button type="button" className="link-button" onClick={() => choose(undefined)}>
            Remove the link
          </button>
        </p>
      ) : (
        <>
          <p className="hint" id={`${id}-hint`}>
            The earlier request the complaint is about, if there is one: search by its reference or the requester&apos;s name.
          </p>
          <input
            id={`${id}-search`}
            type="search"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint`}
            aria-controls={`${id}-results`}
            placeholder="PR-2026-0042, or a name"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault()
            }}
          />
          <div id={`${id}-results`} aria-live="polite">
            {found && found.length === 0 && <p className="none">No request matches “{search.trim()}”.</p>}
            {found && found.length > 0 && (
              <ul className="plain link-results" aria-label="Matching requests">
                {found.map((c) => (
                  <li key={c.id}>
                    <button type="button" onClick={() => choose(c)}>
                      Link <span className="reference">{c.reference}</span>
                    </button>{' '}
                    {c.requester.name}, received {formatDateLong(c.received)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  )
}
