import type { ApiOutput, ApiParsedInput } from '../../src/ipc/contract'
import { defaultFontsFolder, LogoError } from '../pdf'
import { renderReportPdf } from '../pdf/report'
import { ServiceError } from './service-error'

let fontsFolder: string | undefined

/** The report for a period as a PDF, in the letters' letterhead and font. */
export async function renderReport(input: ApiParsedInput<'renderReport'>): Promise<ApiOutput<'renderReport'>> {
  fontsFolder ??= defaultFontsFolder()
  try {
    const bytes = await renderReportPdf(input, { logo: input.logo, fontsFolder })
    // A plain Uint8Array over pdfkit's Buffer (see letters.ts: a Buffer does not cross the harness as bytes).
    return { bytes: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) }
  } catch (error) {
    if (error instanceof LogoError) throw new ServiceError('invalid-argument', `${error.message} Choose another logo in Settings.`)
    throw error
  }
}
