import { z } from 'zod'
import { reportFiguresSchema } from './figures-schema'

const line = z.string().max(300)

/** The letterhead the report is printed under: the same as the office's letters. */
export const reportOrganisationSchema = z.strictObject({
  name: line,
  addressLines: z.array(line).max(10),
  contactLines: z.array(line).max(10)
})
export type ReportOrganisation = z.infer<typeof reportOrganisationSchema>

/** What main needs to print the report. */
export const reportRenderInputSchema = z.strictObject({
  figures: reportFiguresSchema,
  organisation: reportOrganisationSchema,
  pageSize: z.enum(['A4', 'LETTER'])
})
export type ReportRenderInput = z.infer<typeof reportRenderInputSchema>
