import { useEffect, useRef } from 'react'

/** A native modal <dialog> shown while `open`: the browser keeps focus inside it and Escape closes it. */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return ref
}
