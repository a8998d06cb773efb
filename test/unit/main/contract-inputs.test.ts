import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../src/ipc/contract'

// Main parses every argument from the renderer with the contract's input
// schema. That only keeps out extra fields and oversized text if every object
// in those schemas is strict and every string has a maximum length. This walks
// each input schema and names what is missing.

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  checks?: { _zod: { def: { check: string } } }[]
  format?: string
  innerType?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  items?: z.ZodType[]
  rest?: z.ZodType | null
  keyType?: z.ZodType
  valueType?: z.ZodType
  in?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
}

const BOUNDED_FORMATS = new Set(['date', 'time', 'datetime', 'uuid', 'guid', 'ipv4', 'e164'])

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

function looseSpots(schema: z.ZodType, path = '(argument)'): string[] {
  const def = defOf(schema)
  const walk = (child: z.ZodType | null | undefined, where: string) => (child ? looseSpots(child, where) : [])
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never'
      return [
        ...(strict ? [] : [`${path}: object is not strict (use z.strictObject)`]),
        ...Object.entries(def.shape ?? {}).flatMap(([key, child]) => walk(child, `${path}.${key}`))
      ]
    }
    case 'string': {
      const bounded =
        def.checks?.some((check) => ['max_length', 'length_equals'].includes(check._zod.def.check)) ||
        (def.format !== undefined && BOUNDED_FORMATS.has(def.format))
      return bounded ? [] : [`${path}: string has no maximum length`]
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return walk(def.innerType, path)
    case 'array':
      return walk(def.element, `${path}[]`)
    case 'tuple':
      return [...(def.items ?? []).flatMap((item, i) => walk(item, `${path}[${i}]`)), ...walk(def.rest, `${path}[...]`)]
    case 'union':
      return (def.options ?? []).flatMap((option, i) => walk(option, `${path}|${i}`))
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)]
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{value}`)]
    case 'pipe':
      return walk(def.in, path)
    case 'any':
    case 'unknown':
      return [`${path}: accepts anything`]
    default:
      return []
  }
}

describe('the IPC contract’s input schemas', () => {
  it.each(Object.entries(contract))('%s rejects extra fields and oversized text', (_name, spec) => {
    expect(looseSpots(spec.input)).toEqual([])
  })

  it('this check catches a loose object, an unbounded string and an open-ended value', () => {
    const loose = z.object({
      name: z.string(),
      address: z.strictObject({ lines: z.array(z.string().max(200)) }),
      extra: z.unknown(),
      tags: z.array(z.string()).optional()
    })
    expect(looseSpots(loose)).toEqual([
      '(argument): object is not strict (use z.strictObject)',
      '(argument).name: string has no maximum length',
      '(argument).extra: accepts anything',
      '(argument).tags[]: string has no maximum length'
    ])
    expect(looseSpots(z.strictObject({ name: z.string().max(200), received: z.iso.date() }))).toEqual([])
  })
})
