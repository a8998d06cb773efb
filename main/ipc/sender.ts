import { isAppUrl } from '../app-origin'

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string
  readonly parent: unknown
  readonly processId: number
  readonly routingId: number
}

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number; readonly mainFrame?: SenderFrameLike | null }
  readonly senderFrame: SenderFrameLike | null
}

/**
 * Only the main frame of one of the app's own windows, showing the app's own
 * origin, may call main: not an iframe, not a page that navigated elsewhere,
 * not a window something else opened.
 */
export function isTrustedSender(event: InvokeEventLike, isAppWindow: (sender: { id: number }) => boolean): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (!isAppUrl(frame.url)) return false
  if (frame.parent !== null) return false
  const mainFrame = event.sender.mainFrame
  if (!mainFrame || mainFrame.processId !== frame.processId || mainFrame.routingId !== frame.routingId) return false
  return isAppWindow(event.sender)
}
