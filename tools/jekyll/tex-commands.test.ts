import { describe, expect, it } from 'vitest'
import { katexCommands, untypesetFormulas } from './tex-commands'

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

describe('untypesetFormulas', () => {
  it('makes text of what kramdown read as math and KaTeX cannot typeset, and keeps every formula it can', () => {
    const markdown = [
      '셸 스크립트의 $$:',
      '',
      '    cat >/tmp/logm$$ # save log message',
      '',
      'cat >/tmp/logm$$ # save log message',
      // A lone `$` inside what kramdown read as math is a dollar sign once it is text.
      'ocommit=$(sed -n p </tmp/logm$$)',
      '',
      '넓이는 $$\\pi r^2$$ 입니다.',
      '',
      '$$',
      '\\frac{1}{',
      '$$',
    ].join('\n')
    const out = untypesetFormulas(markdown)
    expect(out.text.split('\n')).toEqual([
      '셸 스크립트의 $$:',
      '',
      '    cat >/tmp/logm$$ # save log message',
      '',
      'cat >/tmp/logm\\$\\$ # save log message',
      'ocommit=\\$(sed -n p </tmp/logm\\$\\$)',
      '',
      '넓이는 $$\\pi r^2$$ 입니다.',
      '',
      '\\$\\$',
      '\\frac{1}{',
      '\\$\\$',
    ])
    expect(out.lines.map((item) => item.line)).toEqual([5, 10])
    // What is left parses as no formula at all, so the blog's check has nothing to stop on.
    expect(untypesetFormulas(out.text)).toEqual({ text: out.text, lines: [] })
  })
})
