import { describe, expect, it } from 'vitest'
import { keepUndrawableDiagrams } from './diagrams'

describe('keepUndrawableDiagrams', () => {
  it('turns a diagram the blog cannot draw into a text block at its line, and leaves one it draws', () => {
    const head = '---\ntitle: a\n---\n'
    const body = '```mermaid\ntimeline\n  2020 : a\n```\n\n```mermaid\ngraph LR\n  A --> B\n```\n'
    const result = keepUndrawableDiagrams(head + body, head.length, 4)
    expect(result.text).toBe(head + body.replace('```mermaid\ntimeline', '```text\ntimeline'))
    expect(result.problems).toEqual([{ line: 4, message: expect.stringContaining('"timeline"') }])
  })
})
