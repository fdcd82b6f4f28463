import { describe, expect, it } from 'vitest'
import { absolutizeLinks, markdownTwin, twinPath } from './markdown-twin'

const ROOT = 'https://blog.example.com/blog'

describe('markdownTwin', () => {
  it('keeps only title, date, authors, tags and the canonical URL, then the text', () => {
    const text = markdownTwin({
      title: '글: "제목"',
      publishedAt: '2024-01-02T09:00:00+09:00',
      authors: ['가', '나'],
      tags: ['k8s'],
      canonical: `${ROOT}/a/`,
      body: '\n본문 ![그림](/assets/a.png)\n',
      siteRoot: ROOT,
    })
    expect(text).toBe(
      `---\ntitle: '글: "제목"'\ndate: 2024-01-02T09:00:00+09:00\nauthors:\n  - 가\n  - 나\ntags:\n  - k8s\ncanonical_url: ${ROOT}/a/\n---\n\n# 글: "제목"\n\n본문 ![그림](${ROOT}/assets/a.png)\n`,
    )
  })

  it('writes a title with HTML in it as text, in the heading and the front matter, which still reads back', async () => {
    const title = `Ampersand & <angle> *별* </script><script>window.__xss=1</script>`
    const text = markdownTwin({
      title,
      publishedAt: '2024-01-02T09:00:00+09:00',
      authors: [],
      tags: ['<b>'],
      canonical: `${ROOT}/a/`,
      body: 'x',
      siteRoot: ROOT,
    })
    // Every < and > is escaped: `\\<` in Markdown, `\\x3C` in YAML.
    expect(text).not.toMatch(/(?<!\\)[<>]/)
    expect(text).toContain('# Ampersand \\& \\<angle\\> \\*별\\* \\</script\\>')
    const { parse } = await import('yaml')
    expect(parse(text.split('---\n')[1]!)).toMatchObject({ title, tags: ['<b>'] })
  })

  it('leaves out empty lists', () => {
    expect(
      markdownTwin({
        title: 't',
        publishedAt: '2024-01-02T09:00:00+09:00',
        authors: [],
        tags: [],
        canonical: `${ROOT}/a/`,
        body: 'x',
        siteRoot: ROOT,
      }),
    ).not.toMatch(/authors|tags/)
  })

  it('is written next to the page', () => {
    expect(twinPath('/한글-주소/')).toBe('/한글-주소/index.md')
  })
})

describe('absolutizeLinks', () => {
  it('makes the site’s own links absolute but not code, other hosts or protocol-relative ones', () => {
    const input =
      '[a](/x/) <img src="/i.png"> [b](https://o.example/) [c](//cdn/x)\n\n[r]: /ref/\n\n`[d](/code/)`\n\n```\n[e](/block/)\n```\n'
    expect(absolutizeLinks(input, ROOT)).toBe(
      `[a](${ROOT}/x/) <img src="${ROOT}/i.png"> [b](https://o.example/) [c](//cdn/x)\n\n[r]: ${ROOT}/ref/\n\n\`[d](/code/)\`\n\n\`\`\`\n[e](/block/)\n\`\`\`\n`,
    )
  })

  it('leaves an escaped tag alone: `\\<img src="/a.png">` is text on the page, not a picture', () => {
    expect(absolutizeLinks('\\<img src="/위치.확장자" width="1"> 대신 <img src="/a.png">', ROOT)).toBe(
      `\\<img src="/위치.확장자" width="1"> 대신 <img src="${ROOT}/a.png">`,
    )
  })

  it('finds the address after spaces, a line break or inside <...>, as CommonMark allows and imported posts write it', () => {
    expect(absolutizeLinks('![a]( /assets/a.png) [b](\n  /b/) ![c](</assets/c d.png>)', ROOT)).toBe(
      `![a]( ${ROOT}/assets/a.png) [b](\n  ${ROOT}/b/) ![c](<${ROOT}/assets/c d.png>)`,
    )
  })

  it('makes unquoted and upper-case attributes absolute too, as old and hostile HTML writes them', () => {
    expect(absolutizeLinks('<IMG SRC=/ onerror=x> <a HREF="/y/">y</a> <img src=/a.png>', ROOT)).toBe(
      `<IMG SRC=${ROOT}/ onerror=x> <a HREF="${ROOT}/y/">y</a> <img src=${ROOT}/a.png>`,
    )
  })
})
