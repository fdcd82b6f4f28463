import { describe, expect, it } from 'vitest'
import { checkRendering } from './render-check'

const post = (name: string, body: string) => ({ path: `content/posts/${name}`, text: `---\ntitle: 글\n---\n${body}\n` })

describe('checkRendering', () => {
  it('reports a post that overflows the stack or never finishes, and renders the others', async () => {
    // Both bodies are tiny next to the size limit; micromark needs minutes for the second one, so
    // its 5 s limit is met on any machine, and the small posts' are never (they take milliseconds).
    const deep = post('2020-01-02-deep.md', '<div>'.repeat(5000))
    const endless = post('2020-01-03-endless.md', `${'- '.repeat(10)}a\n`.repeat(9000))
    const fine = [
      post('2020-01-01-fine.md', '# 제목\n\n본문'),
      post('2020-01-04-fine.md', '```go\nfunc main() {}\n```'),
    ]

    const diagnostics = await checkRendering([fine[0]!, deep, endless, fine[1]!], { timeoutMs: 5000, stackSizeMb: 0.5 })

    expect(diagnostics.map((d) => [d.file, d.field, d.severity])).toEqual([
      [deep.path, 'body', 'error'],
      [endless.path, 'body', 'error'],
    ])
    expect(diagnostics[0]?.message).toContain('너무 깊게 중첩')
    expect(diagnostics[1]?.message).toBe('본문을 HTML로 바꾸는 데 5초가 넘게 걸려 멈췄습니다')
  }, 300_000)

  it('has nothing to say about an empty list', async () => {
    expect(await checkRendering([])).toEqual([])
  })
})
