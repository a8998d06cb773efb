import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useOffice } from '../../app/office'
import { navigate } from '../../app/router'
import { Notice } from '../../components/Notice'
import type { NewAttachment } from '../../repositories/cases'
import type { ImportSummary } from '../intake/email-to-form'
import { formatDateLong } from '../../../src/domain/dates'
import { savePrefill } from './prefill'

type IcoLetter = NonNullable<ImportSummary['icoLetter']>

/**
 * On the new-request page, after importing an email that is an ICO case
 * officer's letter: it is not a new request but an escalation of the case
 * it quotes, so offer to record it there, prefilled.
 */
export function IcoLetterOffer({ letter, files, onLeave }: { letter: IcoLetter; files: NewAttachment[]; onLeave: () => Promise<void> }) {
  const { db } = useOffice()
  const [error, setError] = useState<string | null>(null)
  const target = useLiveQuery(
    async () => (letter.ourReference ? ((await db.cases.where('reference').equals(letter.ourReference).first()) ?? null) : null),
    [db, letter.ourReference]
  )
  const reply = letter.replyBy ? `, reply by ${formatDateLong(letter.replyBy)}` : ''
  if (target === undefined) return null
  if (target === null)
    return (
      <Notice tone="info" title="This looks like an ICO case officer's letter">
        <p>
          It quotes the ICO's reference {letter.icoReference}
          {reply}.{' '}
          {letter.ourReference
            ? `It is about ${letter.ourReference}, which is not in the case log.`
            : 'It quotes none of our case references.'}{' '}
          Open the case it is about and use “Escalate…” to record it there.
        </p>
      </Notice>
    )
  async function open() {
    setError(null)
    try {
      await savePrefill(db, target!.id!, {
        source: 'the imported email',
        values: {
          bodyId: 'ico',
          bodyReference: letter.icoReference,
          letterReceived: letter.letterReceived,
          officerName: letter.officerName,
          officerEmail: letter.officerEmail,
          replyBy: letter.replyBy ?? '',
          asks: letter.text.trim()
        },
        files
      })
      await onLeave()
      navigate({ page: 'case', id: target!.id! })
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  return (
    <Notice tone="warning" title="This looks like an ICO case officer's letter, not a new request">
      <p>
        It is about <span className="reference">{target.reference}</span> ({target.requester.name}): the ICO's reference is{' '}
        {letter.icoReference}
        {reply}. Record it as an escalation on that case instead of logging a new request.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void open()}>
          Record it as an escalation on {target.reference}
        </button>
      </div>
      {error && <p className="error">{error}</p>}
    </Notice>
  )
}
