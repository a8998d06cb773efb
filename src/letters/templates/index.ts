import type { LetterTemplate } from '../template'
import { acknowledgement } from './acknowledgement'
import { identityVerification } from './identity-verification'
import { clarificationRequest } from './clarification-request'
import { extensionNotice } from './extension-notice'
import { accessResponse } from './access-response'
import { rectificationConfirmation } from './rectification-confirmation'
import { erasureConfirmation } from './erasure-confirmation'
import { marketingOptOut } from './marketing-opt-out'
import { refusal } from './refusal'
import { noticeToRecipients } from './notice-to-recipients'
import { complaintAcknowledgement } from './complaint-acknowledgement'
import { complaintResponse } from './complaint-response'
import { dpfComplaintResponse } from './dpf-complaint-response'
import { icoReply } from './ico-reply'

/** Every letter the office sends, in the order the template list shows them. */
export const LETTER_TEMPLATES: readonly LetterTemplate[] = [
  acknowledgement,
  identityVerification,
  clarificationRequest,
  extensionNotice,
  accessResponse,
  rectificationConfirmation,
  erasureConfirmation,
  marketingOptOut,
  refusal,
  noticeToRecipients,
  complaintAcknowledgement,
  complaintResponse,
  dpfComplaintResponse,
  icoReply
]

export const TEMPLATE_IDS = [
  'acknowledgement',
  'identity-verification',
  'clarification-request',
  'extension-notice',
  'access-response',
  'rectification-confirmation',
  'erasure-confirmation',
  'marketing-opt-out',
  'refusal',
  'notice-to-recipients',
  'complaint-acknowledgement',
  'complaint-response',
  'dpf-complaint-response',
  'ico-reply'
] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

export function findTemplate(id: string): LetterTemplate | undefined {
  return LETTER_TEMPLATES.find((t) => t.id === id)
}
