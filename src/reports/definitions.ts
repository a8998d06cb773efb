import type { Definition } from './figures-schema'

/**
 * What each figure of the report counts, printed with it: a reviewer must be
 * able to tell what "on time" means without asking. tally.ts follows these
 * words; change both together.
 */
export const REPORT_DEFINITIONS: readonly Definition[] = [
  {
    term: 'Period',
    meaning: 'Cases received from the first to the last day of the period, both included. Every figure is about those cases; "still open" and "overdue" are as of the day the report was made.'
  },
  {
    term: 'Requests and complaints',
    meaning: 'A request is a case logged as a request to exercise a right; complaints are counted apart and are not in the request figures.'
  },
  {
    term: 'By right',
    meaning: 'A request asking for several rights counts once under each, so the rows can add up to more than the number of requests.'
  },
  {
    term: 'Complied with in whole, in part, refused, withdrawn',
    meaning: 'The outcome recorded when the request was closed (fulfilled, partly fulfilled, refused, withdrawn). A request not yet closed is still open.'
  },
  {
    term: 'Refusal reasons',
    meaning: 'The reasons recorded for refused requests and for the refused part of partly fulfilled ones, grouped when they read the same (ignoring case and spacing).'
  },
  {
    term: 'On time',
    meaning: "A request's deadline is its statutory deadline to respond (for a request that only opts out, the opt-out deadline). It was met on time when the day it was met (the day recorded as met, else the day the response was sent or the case closed) is on or before the deadline's due date, the due date already moved by any extension and any clarification pause. The on-time rate is the share of the requests whose deadline was met, on time or late, that met it on time; withdrawn requests are left out. Open requests are left out; those already past their due date are shown as overdue."
  },
  {
    term: 'Days to a response',
    meaning: 'Calendar days from the day the request was received to the day the substantive response was sent (else the day the case was closed), for responded or closed requests that were not withdrawn. The median is the middle value (the mean of the two middle values for an even count).'
  },
  {
    term: 'Extensions and pauses',
    meaning: 'Requests whose deadline was extended; requests whose clock was stopped to ask for clarification, and the number of such pauses.'
  },
  {
    term: 'Escalations',
    meaning: 'Matters taken to an outside body (such as the ICO or the AAA) about cases received in the period, by body and by the outcome the body recorded; pending while no outcome is recorded.'
  },
  {
    term: 'By month',
    meaning: 'Requests by the month they were received, and the on-time rate of those of them responded to or closed.'
  },
  {
    term: 'CCPA (11 CCR §7102)',
    meaning: 'Requests under the CCPA only, by type: to know (access or portability), to delete (erasure), to correct (rectification), to opt out of sale or sharing. "Complied with in whole or in part" and "denied" are the closing outcomes fulfilled, partly fulfilled and refused; a request for several rights counts, under each type, the outcome recorded for that type’s own rights (access given and deletion refused: complied with under "to know", denied under "to delete"). The days are the days to a response as above.'
  }
]
