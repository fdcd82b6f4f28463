import { describe, expect, it } from 'vitest'
import { headingIds, readableAddress, rewriteLinks, type LinkContext } from './links'
import { scanMarkdown, type SiteIndex } from './scan'

const site: SiteIndex = {
  origins: ['https://team.github.io'],
  posts: new Map([
    ['/kubecon-1/', { draft: false }],
    ['/2019/12/06/kubecon-1.html/', { draft: false }],
  ]),
  pages: new Set(['/about/', '/guide-4.2/']),
  routes: new Set(['/']),
  hasFile: (path) => path === '/assets/img/cover 1.png',
}
const context: LinkContext = {
  site,
  anchors: (url) => (url === '/kubecon-1/' ? new Set(['intro']) : null),
  repository: 'Team/team.github.io',
  moved: new Map([['/2019/12/06/kubecon-1.html/', '/kubecon-1/']]),
}
const run = (body: string) => rewriteLinks(`---\ntitle: a\n---\n${body}\n`, context)

describe('rewriteLinks', () => {
  it('turns raw file URLs of the site’s own repository into site paths, and lists files the repository lacks', () => {
    const out = run(
      '![a](https://raw.githubusercontent.com/team/team.github.io/master/assets/img/cover%201.png) ![b](https://github.com/team/team.github.io/raw/main/assets/img/gone.png) ![c](https://raw.githubusercontent.com/other/repo/master/assets/img/cover%201.png)',
    )
    expect(out.text).toContain('![a](/assets/img/cover%201.png)')
    expect(out.text).toContain('![b](https://github.com/team/team.github.io/raw/main/assets/img/gone.png)')
    expect(out.text).toContain('![c](https://raw.githubusercontent.com/other/repo/')
    expect(out.problems).toEqual([{ line: 4, message: expect.stringContaining('저장소에 없는 파일') }])
  })

  it('points old post URLs, absolute or not, at the post’s new URL, keeping the fragment', () => {
    const out = run(
      '[x](/2019/12/06/kubecon-1.html#intro) [y](https://team.github.io/2019/12/06/kubecon-1.html) [z](https://team.github.io/about/)',
    )
    expect(out.text).toContain('[x](/kubecon-1/#intro) [y](/kubecon-1/) [z](/about/)')
  })

  it('takes off the fragment of a relative link that the page it points at has no heading for', () => {
    const out = rewriteLinks('---\ntitle: a\n---\n[가](../kubecon-1/#intro) [나](../kubecon-1/#no_such_id)\n', {
      ...context,
      documentUrl: '/guide/',
    })
    expect(out.text).toContain('[가](/kubecon-1/#intro) [나](/kubecon-1/)')
    expect(out.problems).toEqual([{ line: 4, message: expect.stringContaining('#no_such_id를 빼고') }])
  })

  it('gives a folder page’s address written without its closing slash the slash when its last part reads as a file name', () => {
    const out = run('[guide](/guide-4.2) [same](https://team.github.io/guide-4.2#intro) [about](/about)')
    expect(out.text).toContain('[guide](/guide-4.2/) [same](/guide-4.2/#intro) [about](/about)')
    expect(out.links.map((link) => link.message)).toEqual([
      expect.stringContaining('/guide-4.2 → /guide-4.2/'),
      expect.stringContaining('→ /guide-4.2/#intro'),
    ])
  })

  it('reads a page’s address without its closing slash as the page, its HTML ids under the blog’s prefix', () => {
    const out = rewriteLinks('---\ntitle: a\n---\n<a href="/about#core">코어 팀</a>\n', {
      ...context,
      writtenOnly: (url) => (url === '/about/' ? new Set(['core']) : null),
    })
    expect(out.text).toContain('<a href="/about/#user-content-core">')
  })

  it('follows a relative link to a page that moved, with the id its HTML wrote, as it would a /… link', () => {
    // downloads/index.html linked `platform.html#Linux`; downloads/platform.html is the page /platform/ now.
    const out = rewriteLinks('---\ntitle: a\n---\n<a href="platform.html#Linux">도움말</a> [목록](plotting.html)\n', {
      ...context,
      documentUrl: '/downloads/',
      site: { ...site, pages: new Set([...site.pages, '/downloads/platform.html', '/downloads/plotting.html']) },
      moved: new Map([
        ['/downloads/platform.html', '/platform/'],
        ['/downloads/plotting.html', '/plotting/'],
      ]),
      writtenOnly: (url) => (url === '/platform/' ? new Set(['Linux']) : null),
    })
    expect(out.text).toContain('<a href="/platform/#user-content-Linux">도움말</a> [목록](/plotting/)')
    expect(out.links.map((link) => link.message)).toEqual([
      expect.stringContaining('글이 HTML에 쓴 id'),
      expect.stringContaining('plotting.html → /plotting/ (상대 주소'),
    ])
  })

  it('keeps another project on the same github.io domain absolute, and unlinks a link that was already dead', () => {
    const out = run(
      '[guide](https://team.github.io/cicd-guide/docs/) and [gone](/never-was/) <a href="/never-was/">html</a> <img alt="사진" src="/never-was/">',
    )
    expect(out.text).toContain('[guide](//team.github.io/cicd-guide/docs/) and gone html 사진\n')
    expect(out.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('다른 GitHub Pages 프로젝트'),
      expect.stringContaining('옛 사이트에서도 깨진 링크'),
    ])
  })

  it('drops the fragment of a link to an old page that now leads to the blog’s home or one of its lists', () => {
    const out = rewriteLinks(
      '---\ntitle: a\n---\n[자문단](https://team.github.io/leadership/#advisors) [태그](/topics/#aws) [버전](https://team.github.io/#versions)\n',
      {
        ...context,
        site: { ...site, pages: new Set([...site.pages, '/leadership/', '/topics/']) },
        moved: new Map([
          ['/leadership/', '/'],
          ['/topics/', '/tags/'],
        ]),
      },
    )
    // The old home's own ids did not come along either: the blog's home answers `/` now.
    expect(out.text).toContain('[자문단](/) [태그](/tags/) [버전](/)\n')
    expect(out.links.map((link) => link.message)).toEqual([
      expect.stringContaining('#advisors를 뺐습니다'),
      expect.stringContaining('#aws를 뺐습니다'),
      expect.stringContaining('#versions를 뺐습니다'),
    ])
  })

  it('says a picture is an SVG the import refused, not a file the old site lacked', () => {
    const out = rewriteLinks('---\ntitle: a\n---\n![도구](/assets/img/tool.svg)\n', {
      ...context,
      site: { ...site, refused: new Set(['/assets/img/tool.svg']) },
    })
    expect(out.text).toContain('\n도구\n')
    expect(out.problems).toEqual([
      { line: 4, message: expect.stringContaining('실행될 수 있는 내용이 있어 복사하지 않은 SVG') },
    ])
  })

  it('unlinks a dead link whose text is a picture, keeping the picture, and a picture linked to itself', () => {
    const out = run(
      '[![](https://example.org/thumb.png)](/never-was/)\n\n[![큰 그림](/img/gone.png)](/img/gone.png) [![*데모*](https://example.org/thumb.png "제목")](/never-was/)',
    )
    expect(out.text).toBe(
      '---\ntitle: a\n---\n![](https://example.org/thumb.png)\n\n큰 그림 ![*데모*](https://example.org/thumb.png "제목")\n',
    )
    expect(out.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('옛 사이트에서도 깨진 링크'),
      expect.stringContaining('저장소에 없는 파일'),
    ])
  })

  it('unlinks an anchor no heading has, suggesting the closest heading, and keeps the ones that exist', () => {
    const out = run(
      '## 1. Worker Node를 신분 상승시키기\n\n[맞음](#1-worker-node를-신분-상승시키기) [오타](#1-woker-node-신분-상승시키기) [글의 없는 앵커](/kubecon-1/#nowhere)',
    )
    expect(out.text).toContain('[맞음](#1-worker-node를-신분-상승시키기) 오타 [글의 없는 앵커](/kubecon-1/)')
    expect(out.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('가장 가까운 제목: #1-worker-node를-신분-상승시키기'),
      expect.stringContaining('#nowhere를 빼고'),
    ])
  })
  it('resolves a relative link against the post’s old URL: kept when it led somewhere, unlinked with a hint when not', () => {
    const out = rewriteLinks(
      '---\ntitle: a\n---\n[repo](puckel/docker-airflow) [구글](google.com) ![커버](../../../../assets/img/cover%201.png) [글](../../../../kubecon-1/)\n',
      {
        ...context,
        documentUrl: '/data/2021/06/01/airflow.html',
      },
    )
    expect(out.text).toContain('repo 구글 ![커버](/assets/img/cover%201.png) [글](/kubecon-1/)\n')
    expect(out.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('/data/2021/06/01/puckel/docker-airflow를 가리켰지만'),
      expect.stringContaining('https://google.com'),
    ])
  })
})

describe('rewriteLinks: links to pages that do not come over', () => {
  const withTemplates: LinkContext = {
    ...context,
    site: { ...site, unimported: new Map([['/en/matrix/', 'site/en/matrix.md']]) },
  }

  it('unlinks reference-style links to a page Jekyll wrote from a template, keeping the text, and names the page', () => {
    const out = rewriteLinks(
      [
        '---',
        'title: a',
        '---',
        'See the [compatibility matrix][] and the [full table][matrix], or [Matrix].',
        '',
        '![chart][matrix]',
        '',
        '[compatibility matrix]: /en/matrix/',
        '[Matrix]: /en/matrix/',
        '[other]: /about/',
        '',
      ].join('\n'),
      withTemplates,
    )
    expect(out.text).toContain('See the compatibility matrix and the full table, or Matrix.')
    expect(out.text).toContain('\nchart\n')
    expect(out.text).not.toContain('/en/matrix/')
    expect(out.text).toContain('[other]: /about/')
    expect(out.problems).toEqual([
      { line: 8, message: expect.stringContaining('Jekyll은 이 페이지를 썼지만(site/en/matrix.md)') },
    ])
  })

  it('says a link was dead on the old site too when Jekyll wrote no such page', () => {
    const out = rewriteLinks('---\ntitle: a\n---\nThe [list][].\n\n[list]: /zz/gone/\n', withTemplates)
    expect(out.text).toContain('The list.')
    expect(out.problems).toEqual([{ line: 6, message: expect.stringContaining('옛 사이트에서도 깨진 링크') }])
  })
})

describe('headingIds', () => {
  it('gives headings the ids the blog renders, repeats numbered, and keeps ids written in HTML', () => {
    expect([...headingIds('# AWS 비용, 1편 (EC2)!\n## Setup\n## Setup\n<a name="old-anchor"></a>\n')]).toEqual([
      'aws-비용-1편-ec2',
      'setup',
      'setup-1',
      'old-anchor',
    ])
  })
})

describe('rewriteLinks and an address no browser reads', () => {
  it('keeps the text of a link to a host with spaces, and a www. address the blog would link as text', () => {
    const out = run(
      [
        'and [libvirt](//libvirt%20to%201.3.3) to 1.3.3, [the caves](//www.felsengaenge-nuernberg.de%20en_index.htm).',
        '',
        '* Via rsync => rsync -av www.opensuse-education.org::download/ISOs/a.iso .',
        '',
        '[good](https://libvirt.org/news.html)',
      ].join('\n'),
    )
    expect(out.text).toContain('and libvirt to 1.3.3, the caves.')
    expect(out.text).toContain('rsync -av www<!-- -->.opensuse-education.org::download/ISOs/a.iso .')
    expect(out.text).toContain('[good](https://libvirt.org/news.html)')
    expect(out.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^\/\/libvirt%20to%201\.3\.3: 브라우저가 읽을 수 없는 주소라/),
      expect.stringMatching(/^\/\/www\.felsengaenge-nuernberg\.de%20en_index\.htm: 브라우저가/),
      expect.stringMatching(/^http:\/\/www\.opensuse-education\.org::download\/ISOs\/a\.iso: 브라우저가/),
    ])
    // Read again, nothing is left for the blog's link check to stop on.
    expect(scanMarkdown(out.text).references.filter((ref) => !readableAddress(ref.url))).toEqual([])
  })
})
