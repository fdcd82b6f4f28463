import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { findMathProblems, hasMath } from './math'

describe('formulas in the pipeline', () => {
  it('typesets $…$ inline and $$…$$ as a display, as HTML and MathML', async () => {
    const html = await renderMarkdown('---\ntitle: t\n---\n값은 $x^2$ 입니다.\n\n$$\n\\frac{a}{b}\n$$\n')
    expect(html).toMatch(
      /<p>값은 <span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/,
    )
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>')
    expect(html).toContain('<span class="katex-display">')
    expect(hasMath(html)).toBe(true)
  })

  it('leaves posts without formulas alone, and code is not math', async () => {
    const html = await renderMarkdown('---\ntitle: t\n---\n가격은 5달러입니다.\n\n```sh\necho $HOME $PATH\n```\n')
    expect(hasMath(html)).toBe(false)
    expect(html).toContain('$HOME')
  })

  it('cannot be used to slip HTML past the sanitiser', async () => {
    const html = await renderMarkdown(
      '---\ntitle: t\n---\n$\\href{javascript:alert(1)}{x}$ <code class="language-math">\\htmlId{a}{b}</code>\n',
    )
    // KaTeX's unsafe commands stay unrendered text (in red), never a link or an id.
    expect(html).not.toMatch(/href=|<a\b/)
    expect(html).not.toContain('id="a"')
    expect(html).toContain('<mtext>\\href</mtext>')
  })
})

describe('findMathProblems', () => {
  it('names the line and KaTeX’s reason for TeX it cannot read', () => {
    const problems = findMathProblems('첫 줄\n\n$$\n\\frac{1}{\n$$\n\n괜찮은 $a+b$, 나쁜 $\\undefinedmacro{x}$\n')
    expect(problems.map((problem) => problem.line)).toEqual([3, 7])
    expect(problems[0]?.reason).toMatch(/expected '}'/)
    expect(problems[1]?.reason).toMatch(/Undefined control sequence: \\undefinedmacro/)
  })

  it('caps a huge \\rule so the page keeps its width, and reports the formula; a self-calling macro is an error', async () => {
    const html = await renderMarkdown('$\\rule{10000em}{10000em}$\n')
    const sizes = [...html.matchAll(/(?:height|width|border-right-width|border-top-width):\s*([\d.]+)em/g)].map((m) =>
      Number(m[1]),
    )
    expect(sizes.length).toBeGreaterThan(0)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20)
    expect(findMathProblems('글\n\n$\\rule{10000em}{10000em}$\n')).toEqual([
      expect.objectContaining({ line: 3, capped: true, reason: expect.stringContaining('20em') }),
    ])
    expect(findMathProblems('$\\rule{1em}{2em} x^2$\n')).toEqual([])
    const loop = findMathProblems('$\\def\\a{\\a\\a}\\a$\n')
    expect(loop).toHaveLength(1)
    expect(loop[0]?.capped).toBeUndefined()
  })

  it('finds nothing wrong in good formulas', () => {
    expect(findMathProblems('$E = mc^2$ 와 $$\\sum_{i=1}^{n} i$$')).toEqual([])
  })

  it('reports a block opened as `$$x = 1`, which would swallow the rest of the post', () => {
    const problems = findMathProblems('앞\n\n$$x = 1\ny = 2$$\n\n## 다음 절\n\n본문\n')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, fix: expect.stringContaining('$$만 있는 줄') })
    expect(problems[0]?.reason).toContain('"x = 1"')
  })
})
