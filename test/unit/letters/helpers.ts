import { composeLetter, type ComposedLetter, type LetterFacts, type TemplateId } from '../../../src/letters'
import { sampleFacts, type SampleCase } from '../../../src/letters/samples'

export function compose(id: TemplateId, sample: SampleCase, change?: (facts: LetterFacts) => void): ComposedLetter {
  const facts = sampleFacts(id, sample)
  change?.(facts)
  return composeLetter(id, facts)
}

/** The letter's body as one string: subject and paragraphs. */
export function body(letter: ComposedLetter): string {
  return [letter.subject, ...letter.paragraphs].join('\n')
}
