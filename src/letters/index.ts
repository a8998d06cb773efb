export { composeLetter, holesIn, letterLanguage, type ComposedLetter } from './compose'
export type { LetterFacts, LetterAddressee, ComplaintPoint } from './facts'
export { MERGE_FIELDS, isMergeField } from './merge-fields'
export { LETTER_TEMPLATES, TEMPLATE_IDS, findTemplate, type TemplateId } from './templates'
export type { LetterTemplate, TemplateText, Addressee } from './template'
export {
  REGULATORS,
  ICO,
  AAA,
  CPPA,
  EU_SUPERVISORY_AUTHORITY,
  OTHER_AUTHORITY,
  defaultRegulator,
  regulatorContact,
  type Regulator,
  type RegulatorRole
} from './regulators'
export { formatLetterDate, type LetterLanguage } from './dates'
export { lawProfile, rightName, type LawProfile } from './laws'
