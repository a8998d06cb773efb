import { useEffect, useState } from 'react'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Locked at start and after `idleMinutes` without a key press or pointer movement; undefined minutes means no lock. */
export function useIdleLock(idleMinutes: number | undefined): { locked: boolean; unlock: () => void } {
  const [locked, setLocked] = useState(idleMinutes !== undefined)
  useEffect(() => {
    if (idleMinutes === undefined) {
      setLocked(false)
      return
    }
    let timer: ReturnType<typeof setTimeout>
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setLocked(true), idleMinutes * 60_000)
    }
    arm()
    for (const type of ACTIVITY) window.addEventListener(type, arm, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, arm)
    }
  }, [idleMinutes])
  return { locked, unlock: () => setLocked(false) }
}
