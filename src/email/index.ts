import { emailFacts } from './email-facts'
import { emailFormatOf } from './file-kind'
import { DAMAGED_MESSAGE, EmailImportError, type ImportedEmail } from './imported-email'
import { readEml } from './read-eml'
import { loadMsgReader, readMsg } from './read-msg'

export { EmailImportError, EMAIL_LIMITS } from './imported-email'
export type { EmailAttachment, ImportedEmail, MissingFact } from './imported-email'
export { detectIcoCaseLetter, type IcoCaseLetter } from './ico-letter'

/**
 * Reads an email saved as a file (.eml, or Outlook .msg) into the facts of a new
 * request. `timeZone` is the office's: the date received is the date the email
 * was sent, there. Bad input of any kind rejects with an EmailImportError whose
 * message tells the user what is wrong and what to do.
 */
export async function parseEmailFile(
  file: { name: string; bytes: Uint8Array },
  options: { timeZone: string }
): Promise<ImportedEmail> {
  // a wrong setting is the program's fault, not the file's: RangeError, before any work
  new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone })
  const format = emailFormatOf(file)
  // outside the try: a reader that fails to load is the program's fault, not the file's
  const MsgReader = format === 'msg' ? await loadMsgReader() : undefined
  try {
    const read = MsgReader ? readMsg(file.bytes, MsgReader) : await readEml(file.bytes)
    return emailFacts(format, read, options.timeZone)
  } catch (cause) {
    if (cause instanceof EmailImportError) throw cause
    throw new EmailImportError(DAMAGED_MESSAGE, { cause })
  }
}
