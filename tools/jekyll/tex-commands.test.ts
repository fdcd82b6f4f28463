import { describe, expect, it } from 'vitest'
import { katexCommands } from './tex-commands'

describe('katexCommands', () => {
  it('writes MathJax-only commands of a formula as the KaTeX commands that draw the same, and leaves code alone', () => {
    const markdown = [
      '최소값은 $$\\underset{\\theta}{\\mbox{min}}\\; f$$ 입니다.',
      '',
      '$$',
      '\\mathbbm{1}_{x > 0} \\quad \\mbox {for all} x, \\mboxed',
      '$$',
      '',
      '```tex',
      '$$\\mbox{kept}$$',
      '```',
      '',
      '글자 \\mbox{밖}은 그대로.',
    ].join('\n')
    const out = katexCommands(markdown)
    expect(out.text.split('\n')).toEqual([
      '최소값은 $$\\underset{\\theta}{\\text{min}}\\; f$$ 입니다.',
      '',
      '$$',
      '\\mathbb{1}_{x > 0} \\quad \\text {for all} x, \\mboxed',
      '$$',
      '',
      '```tex',
      '$$\\mbox{kept}$$',
      '```',
      '',
      '글자 \\mbox{밖}은 그대로.',
    ])
    expect(out.lines).toEqual([1, 4])
    expect(out.commands).toEqual(['\\mathbbm → \\mathbb', '\\mbox → \\text'])
    expect(katexCommands('$$x$$')).toEqual({ text: '$$x$$', lines: [], commands: [] })
  })
})
