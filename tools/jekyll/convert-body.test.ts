import { describe, expect, it } from 'vitest'
import { convertDocument } from './convert-body'
import type { SiteIndex } from './scan'

const site: SiteIndex = {
  origins: ['https://old.example'],
  posts: new Map([
    ['/kubecon-2/', { draft: false }],
    ['/draft/', { draft: true }],
  ]),
  pages: new Set(['/about/']),
  routes: new Set(['/']),
  hasFile: (path) => path === '/assets/a.png',
}
const resolver = {
  postUrl: (name: string) => (name === '2019-12-06-kubecon-2' ? '/kubecon-2/' : null),
  linkUrl: () => null,
}

describe('convertDocument', () => {
  const frontMatter = '---\ntitle: 글\n---\n'
  const body = [
    '[다음]({% post_url 2019-12-06-kubecon-2 %}) [옛 주소](https://old.example/kubecon-2)', // 4
    '![그림](https://old.example/assets/a.png) [초안](/draft/) [없음](/nowhere/)', // 5
    '{% include x.html %} <video src="/assets/a.png"></video>', // 6
    '```terraformx', // 7
    'x', // 8
    '```', // 9
    '[깨진 Liquid]({% post_url 2000-01-01-gone %}){:target="_blank"}', // 10
  ].join('\n')
  const outcome = convertDocument(frontMatter, body, resolver, site, [{ url: '/assets/a.png', line: 2 }])

  it('keeps the front matter and converts the body', () => {
    expect(
      outcome.text.startsWith(`${frontMatter}[다음](/kubecon-2/) [옛 주소](https://old.example/kubecon-2)\n`),
    ).toBe(true)
  })

  it('lists converted links and old-domain links in line order', () => {
    expect(outcome.links.map((n) => [n.line, n.message.split(' → ')[1]])).toEqual([
      [4, '/kubecon-2/'],
      [4, '/kubecon-2/ (옛 도메인 주소: 페이지에서 사이트 안 주소로 바뀝니다)'],
      [5, '/assets/a.png (옛 도메인 주소: 페이지에서 사이트 안 주소로 바뀝니다)'],
    ])
  })

  it('collects each asset once, front matter references included', () => {
    expect(outcome.assets).toEqual(['/assets/a.png'])
  })

  it('reports drafts, dead links, Liquid without equivalent, removed HTML and unknown languages, each on its line', () => {
    expect(outcome.problems).toEqual([
      { line: 5, message: expect.stringContaining('/draft/: 초안') },
      { line: 5, message: expect.stringContaining('/nowhere/: 옛 사이트에 없는 주소') },
      { line: 6, message: expect.stringContaining('{% include x.html %}') },
      { line: 6, message: expect.stringContaining('<video>') },
      { line: 7, message: expect.stringContaining('"terraformx"') },
      { line: 10, message: expect.stringContaining('{% post_url 2000-01-01-gone %}') },
    ])
  })

  it('converts the kramdown attribute list the link carried, saying what it dropped', () => {
    expect(outcome.text.endsWith('[깨진 Liquid]({% post_url 2000-01-01-gone %})')).toBe(true)
    expect(outcome.liquid).toContainEqual({ line: 10, message: '{:target="_blank"} → 지움 (뺀 것: target="_blank")' })
  })

  it('names a code block Rouge coloured by the name the blog highlights it by, and says so once per language', () => {
    const lisp = convertDocument(
      frontMatter,
      '{% highlight cl %}\n(defun f ())\n{% endhighlight %}\n\n```cl\n(f)\n```\n\n```qbasic\nPRINT 1\n```\n',
      resolver,
      site,
    )
    expect(lisp.text).toContain('```lisp\n(defun f ())\n```')
    expect(lisp.text).toContain('```lisp\n(f)\n```')
    expect(lisp.repaired).toEqual([{ line: 4, message: expect.stringContaining('"cl"를 "lisp"로 바꿨습니다') }])
    expect(lisp.repaired[0]?.message).toContain('(2곳)')
    expect(lisp.problems).toEqual([{ line: 12, message: expect.stringContaining('"qbasic"') }])
  })
})

describe('convertDocument with what Jekyll’s Liquid computed', () => {
  const frontMatter = '---\ntitle: 글\n---\n'
  const body = '{% assign bse = "https://q.example/a/" %}\n[답]({{bse}}12)\n'
  const computed = '\n[답](https://q.example/a/12)\n'
  const liquidOutput = new Map([['_posts/2020-01-01-a.md', computed]])

  it('takes the computed body for Liquid with no Markdown equivalent, and counts it as converted', () => {
    const outcome = convertDocument(
      frontMatter,
      body,
      resolver,
      { ...site, liquidOutput },
      [],
      undefined,
      true,
      '_posts/2020-01-01-a.md',
    )
    expect(outcome.text).toBe(`${frontMatter}${computed}`)
    expect(outcome.problems).toEqual([])
    expect(outcome.liquid).toEqual([
      expect.objectContaining({
        line: 4,
        message: expect.stringMatching(/Liquid 2개가 있어.*Jekyll이 Liquid를 계산한 본문/),
      }),
    ])
  })

  it('keeps its own conversion where every tag has an equivalent, and placeholders when there is no computed body', () => {
    const plain = convertDocument(
      frontMatter,
      '[다음]({% post_url 2019-12-06-kubecon-2 %})\n',
      resolver,
      { ...site, liquidOutput: new Map([['p.md', 'other']]) },
      [],
      undefined,
      true,
      'p.md',
    )
    expect(plain.text).toBe(`${frontMatter}[다음](/kubecon-2/)\n`)
    const without = convertDocument(frontMatter, body, resolver, site, [], undefined, true, '_posts/2020-01-01-a.md')
    expect(without.problems.length).toBeGreaterThan(0)
  })
})
