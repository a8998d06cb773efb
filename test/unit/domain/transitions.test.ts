import { describe, expect, it } from 'vitest'
import { allowedMoves, assertMove, canMove, MoveNotAllowedError } from '../../../src/domain/transitions'
import { STATUSES, type Status } from '../../../src/domain/status'

const OPEN: Status[] = ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended', 'responded']

describe('case status moves', () => {
  it('every status has its moves, none to itself, all to real statuses', () => {
    for (const from of STATUSES) {
      const moves = allowedMoves(from)
      expect(moves.length).toBeGreaterThan(0)
      expect(moves).not.toContain(from)
      for (const to of moves) expect(STATUSES).toContain(to)
    }
  })

  it('any open case can be closed as withdrawn, except one already answered', () => {
    for (const from of OPEN.filter((s) => s !== 'responded')) {
      expect(() => assertMove(from, 'closed', 'withdrawn')).not.toThrow()
    }
    expect(() => assertMove('responded', 'closed', 'withdrawn')).toThrow(/already answered/)
  })

  it('closing needs an outcome', () => {
    expect(() => assertMove('responded', 'closed')).toThrow(MoveNotAllowedError)
    expect(() => assertMove('responded', 'closed')).toThrow(/Choose the outcome.*fulfilled, partly fulfilled, refused, withdrawn/)
    expect(() => assertMove('responded', 'closed', 'fulfilled')).not.toThrow()
    expect(() => assertMove('responded', 'closed', 'partly-fulfilled')).not.toThrow()
  })

  it('a refusal needs its reason', () => {
    expect(() => assertMove('in-progress', 'closed', 'refused')).toThrow(/reason for the refusal/)
    expect(() => assertMove('in-progress', 'closed', 'refused', '  ')).toThrow(/reason for the refusal/)
    expect(() => assertMove('in-progress', 'closed', 'refused', 'Identity could not be verified')).not.toThrow()
    expect(() => assertMove('responded', 'closed', 'refused', 'Exempt: legal privilege')).not.toThrow()
  })

  it('fulfilled or partly fulfilled only after the response was sent', () => {
    expect(() => assertMove('in-progress', 'closed', 'fulfilled')).toThrow(/mark it responded first/)
    expect(() => assertMove('extended', 'closed', 'partly-fulfilled')).toThrow(/mark it responded first/)
  })

  it('an outcome is given only when closing', () => {
    expect(() => assertMove('in-progress', 'responded', 'fulfilled')).toThrow(/only when the case is closed/)
  })

  it('closed is final except reopening to in progress', () => {
    expect(allowedMoves('closed')).toEqual(['in-progress'])
    expect(() => assertMove('closed', 'in-progress')).not.toThrow()
    expect(() => assertMove('closed', 'responded')).toThrow(/can only be reopened/)
    expect(() => assertMove('closed', 'extended')).toThrow(MoveNotAllowedError)
  })

  it('the ordinary path of a request', () => {
    const path: Status[] = ['received', 'awaiting-identity', 'in-progress', 'awaiting-clarification', 'in-progress', 'extended', 'responded']
    for (let i = 1; i < path.length; i++) expect(canMove(path[i - 1] as Status, path[i] as Status)).toBe(true)
    expect(() => assertMove('responded', 'closed', 'fulfilled')).not.toThrow()
  })

  it('refuses moves that skip the facts: back to received, or an extension while identity is awaited', () => {
    for (const from of STATUSES) if (from !== 'received') expect(canMove(from, 'received')).toBe(false)
    expect(() => assertMove('awaiting-identity', 'extended')).toThrow(/cannot move to extended.*It can move to: in progress/)
    expect(() => assertMove('awaiting-identity', 'responded')).toThrow(MoveNotAllowedError)
    expect(canMove('extended', 'awaiting-clarification')).toBe(true)
    expect(canMove('extended', 'in-progress')).toBe(false)
  })

  it('the same status, or an unknown one, is not a move', () => {
    expect(() => assertMove('in-progress', 'in-progress')).toThrow(/already in progress/)
    expect(() => assertMove('in-progress', 'archived' as Status)).toThrow(/not a case status/)
    const e = (() => {
      try {
        assertMove('closed', 'extended')
      } catch (error) {
        return error as MoveNotAllowedError
      }
    })()
    expect(e).toMatchObject({ from: 'closed', to: 'extended' })
  })

  it('closes a complaint only with a complaint’s outcome, after the response', () => {
    expect(() => assertMove('responded', 'closed', 'not-upheld', undefined, 'complaint')).not.toThrow()
    expect(() => assertMove('responded', 'closed', 'fulfilled', undefined, 'complaint')).toThrow(
      'Choose the outcome to close the complaint: upheld, partly upheld, not upheld, withdrawn.'
    )
    expect(() => assertMove('responded', 'closed', 'upheld', undefined, 'request')).toThrow(/close the request: fulfilled/)
    expect(() => assertMove('in-progress', 'closed', 'partly-upheld', undefined, 'complaint')).toThrow(/mark it responded first/)
    expect(() => assertMove('responded', 'closed', 'withdrawn', undefined, 'complaint')).toThrow(
      'The complaint was already answered: close it as upheld, partly upheld or not upheld.'
    )
  })
})
