import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Case } from '../../../src/domain/case'
import { useOffice } from '../../app/office'
import { Notice } from '../../components/Notice'
import { caseLetters } from '../../repositories/letters'
import { IssuedLetters } from './IssuedLetters'
import { LetterComposer } from './LetterComposer'
import { MergeFieldReference } from './MergeFieldReference'
import './letters.css'

/** The case's letters: those sent, and writing the next one. */
export function CaseLetters({ record }: { record: Case }) {
  const { db } = useOffice()
  const letters = useLiveQuery(() => caseLetters(db, record.id!), [db, record.id])
  const [issued, setIssued] = useState<string | null>(null)
  const issuedIds = [...new Set((letters ?? []).map((l) => l.templateId))]
  return (
    <section className="card wide case-letters" aria-labelledby="letters-heading">
      <h2 id="letters-heading">Letters</h2>
      <h3>Letters sent</h3>
      {letters && <IssuedLetters letters={letters} />}
      {issued && <Notice tone="success">{issued}</Notice>}
      {letters && <LetterComposer key={record.id} record={record} issued={issuedIds} onIssued={setIssued} />}
      <MergeFieldReference />
    </section>
  )
}
