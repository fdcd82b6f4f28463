import { describe, expect, it } from 'vitest'
import { checkRichBlocks, readParseError } from './rich-check'

const post = (body: string) => ({
  path: 'content/posts/2024-01-01-a.md',
  text: `---\ntitle: 글\ndate: 2024-01-01\n---\n${body}`,
})

describe('checkRichBlocks', () => {
  it('reports a diagram that does not parse at its line, with Mermaid’s reason in Korean', async () => {
    // Body line 1 is file line 5; the broken line is the third of the block.
    const [problem, ...rest] = await checkRichBlocks([post('소개\n\n```mermaid\ngraph TD\n  A[열린 괄호 --> B\n```\n')])
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ severity: 'error', file: 'content/posts/2024-01-01-a.md', line: 9, field: 'body' })
    expect(problem?.message).toMatch(/^Mermaid 다이어그램을 읽을 수 없습니다: /)
    expect(problem?.message).toMatch(/파서가 기대한 것: 'SQE'/)
  })

  it('reports a diagram kind the blog cannot draw, and an unknown kind', async () => {
    const problems = await checkRichBlocks([post('```mermaid\npie\n  "a": 1\n```\n\n```mermaid\nflurb\n```\n')])
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, '이 블로그는 "pie" 다이어그램을 그리지 못합니다'],
      [11, expect.stringMatching(/다이어그램 종류를 알 수 없습니다/)],
    ])
  })

  it('reports TeX KaTeX cannot read at its line', async () => {
    const [problem] = await checkRichBlocks([post('좋은 $a$\n\n나쁜 $\\frac{1}{$ 수식\n')])
    expect(problem).toMatchObject({
      line: 7,
      field: 'body',
      message: expect.stringMatching(/^수식을 KaTeX로 조판할 수 없습니다: .*expected '}'/),
    })
  })

  it('warns at its line about a formula over the size cap and a Mermaid click line, which are left out', async () => {
    const problems = await checkRichBlocks([
      post('$\\rule{10000em}{10000em}$\n\n```mermaid\ngraph TD\n  A --> B\n  click A "https://example.com"\n```\n'),
    ])
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 5, '수식의 크기가 20em보다 커서 20em으로 줄여 조판합니다'],
      ['warning', 10, 'Mermaid의 click 줄은 이 블로그에서 동작하지 않아 빼고 그립니다'],
    ])
  })

  it('accepts good diagrams (with their accessible title and labels) and formulas', async () => {
    expect(
      await checkRichBlocks([
        post(
          '$x$\n\n```mermaid\ngraph LR\n  accTitle: 제목\n  A -->|예| B\n```\n\n```mermaid\nsequenceDiagram\n  A->>B: 안녕\n```\n',
        ),
      ]),
    ).toEqual([])
  })
})

describe('readParseError', () => {
  it('keeps the line Mermaid names', () => {
    expect(readParseError("Parse error on line 3:\n...\nExpecting 'A', 'B', got 'NEWLINE'")).toEqual({
      line: 3,
      reason: "여기에 NEWLINE이(가) 올 수 없습니다 (파서가 기대한 것: 'A', 'B' …)",
    })
  })
})
