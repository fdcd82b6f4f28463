import { describe, expect, it } from 'vitest'
import { resolveReference, scanMarkdown, type SiteIndex } from './scan'

describe('scanMarkdown', () => {
  const markdown = [
    '---', // 1
    'title: 글', // 2
    '---', // 3
    '[소개](/about/) ![그림](/assets/a.png)', // 4
    '', // 5
    '<p>', // 6
    '  <img width="320" src="/assets/b.png">', // 7
    "  <iframe src='https://www.youtube.com/embed/x'></iframe>", // 8
    '<input type="email"></p>', // 9
    '', // 10
    '```hcl2', // 11
    '[안 봄](/in-code/) <form>', // 12
    '```', // 13
    '', // 14
    '[ref]: https://megazonedsg.github.io/kubecon-2 "제목"', // 15
    '', // 16
    '* TOC', // 17
    '{:toc}', // 18
    '', // 19
    '[새 창](https://example.com){:target="_blank"} `{:not-this}`', // 20
  ].join('\n')
  const scan = scanMarkdown(markdown)

  it('finds links, images, definitions and raw HTML addresses on their file lines, not code', () => {
    expect(scan.references).toEqual([
      { url: '/about/', line: 4 },
      { url: '/assets/a.png', line: 4 },
      { url: '/assets/b.png', line: 7 },
      { url: 'https://www.youtube.com/embed/x', line: 8 },
      { url: 'https://megazonedsg.github.io/kubecon-2', line: 15 },
      { url: 'https://example.com', line: 20 },
    ])
  })

  it('names raw HTML elements the sanitiser removes, and code languages', () => {
    // The YouTube player on line 8 is kept (lib/markdown/embeds.ts); other frames become links.
    expect(scan.removedTags).toEqual([{ tag: 'input', line: 9 }])
    expect(scan.codeLanguages).toEqual([{ language: 'hcl2', line: 11 }])
  })

  it('finds kramdown-only attributes and markers outside code', () => {
    expect(scan.kramdown).toEqual([
      { text: '{:toc}', line: 18 },
      { text: '{:target="_blank"}', line: 20 },
    ])
  })
})

describe('resolveReference', () => {
  const site: SiteIndex = {
    origins: ['https://megazonedsg.github.io'],
    posts: new Map([
      ['/kubecon-2/', { draft: false }],
      ['/AWS-비용-최적화,-1편-(EC2)/', { draft: false }],
      ['/draft/', { draft: true }],
    ]),
    pages: new Set(['/contact.html', '/contact/', '/about/']),
    routes: new Set(['/', '/feed.xml', '/tags.html']),
    hasFile: (path) => ['/assets/a.png', '/assets/my file.pdf', '/_config.yml'].includes(path),
  }

  it('recognises posts by their old URL, written raw, percent-encoded or without the slash', () => {
    expect(resolveReference('/kubecon-2/', site)).toEqual({
      kind: 'post',
      path: '/kubecon-2/',
      draft: false,
      viaOrigin: false,
    })
    expect(resolveReference('/kubecon-2#intro', site)).toMatchObject({ kind: 'post', path: '/kubecon-2/' })
    expect(
      resolveReference(
        'https://megazonedsg.github.io/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/',
        site,
      ),
    ).toEqual({
      kind: 'post',
      path: '/AWS-비용-최적화,-1편-(EC2)/',
      draft: false,
      viaOrigin: true,
    })
    expect(resolveReference('/draft/', site)).toMatchObject({ kind: 'post', draft: true })
  })

  it('recognises pages, blog routes and assets', () => {
    expect(resolveReference('/contact.html', site)).toMatchObject({ kind: 'page' })
    expect(resolveReference('https://megazonedsg.github.io/about', site)).toMatchObject({
      kind: 'page',
      viaOrigin: true,
    })
    expect(resolveReference('https://megazonedsg.github.io/', site)).toMatchObject({ kind: 'route', path: '/' })
    expect(resolveReference('/assets/a.png?v=2', site)).toEqual({
      kind: 'asset',
      path: '/assets/a.png',
      viaOrigin: false,
    })
    expect(resolveReference('/assets/my%20file.pdf', site)).toMatchObject({
      kind: 'asset',
      path: '/assets/my file.pdf',
    })
  })

  it('says when an address into the old site leads nowhere, and never counts private files as assets', () => {
    expect(resolveReference('/assets/gone.png', site)).toEqual({
      kind: 'missing',
      path: '/assets/gone.png',
      viaOrigin: false,
    })
    expect(resolveReference('https://megazonedsg.github.io/2019/12/06/kubecon-2.html', site)).toMatchObject({
      kind: 'missing',
      viaOrigin: true,
    })
    expect(resolveReference('/_config.yml', site)).toMatchObject({ kind: 'missing' })
  })

  it('leaves other sites, relative and in-page addresses alone', () => {
    for (const url of ['https://example.com/a', '//cdn.example.com/x.js', 'images/a.png', '#section', 'mailto:a@b.c']) {
      expect(resolveReference(url, site), url).toEqual({ kind: 'elsewhere' })
    }
  })
})
