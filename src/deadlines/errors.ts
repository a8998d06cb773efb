/**
 * A fact given to the deadline engine that cannot be right. `field` names the
 * query field ('received', 'identityReceived', 'clarifications[0].received', …)
 * so that a form can put the message next to it; the message says what to fix.
 */
export class DeadlineInputError extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = 'DeadlineInputError'
    this.field = field
  }
}
