import { describe, expect, it } from 'vitest'
import { perGeneration } from './per-generation'

describe('perGeneration', () => {
  it('computes once per generation, and again as soon as the generation changes', () => {
    let generation = 'a'
    let computed = 0
    const value = perGeneration(
      () => generation,
      () => `${generation}-${++computed}`,
    )
    expect([value(), value()]).toEqual(['a-1', 'a-1'])
    generation = 'b'
    expect([value(), value()]).toEqual(['b-2', 'b-2'])
    generation = 'a'
    expect(value()).toBe('a-3')
  })

  it('tries again after a computation that threw, rather than keeping the failure or a stale value', () => {
    let ready = false
    const value = perGeneration(
      () => 'same',
      () => {
        if (!ready) throw new Error('.contentlayer/generated/Post/_index.mjs is missing')
        return 'documents'
      },
    )
    expect(value).toThrow(/is missing/)
    ready = true
    expect(value()).toBe('documents')
  })
})
