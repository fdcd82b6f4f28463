import { describe, expect, it } from 'vitest'
import { checkBodyLinks, checkLink, findBodyLinks, type LinkTargets } from './source-links'

const targets: LinkTargets = {
  slugs: new Map([
    ['kubecon-1', 'kubecon-1'],
    ['about', 'about'],
  ]),
  ids: new Map([['kubecon-1', new Set(['쿠버네티스-소개', 'user-content-fn-1'])]]),
  paths: new Set(['/2019/12/06/kubecon-1.html']),
  reserved: new Map([
    ['tags', 'app/의 라우트'],
    ['assets', '그림 폴더 public/assets'],
  ]),
  publicFileExists: (path) => path === '/assets/a.pdf',
  ownOrigins: ['https://blog.example.com', 'https://old.example.com'],
}

describe('findBodyLinks', () => {
  it('finds inline links, reference definitions and raw anchors with their lines', () => {
    const body = '첫 줄 [a](/x/)\n\n[b][ref]\n\n<p>\n<a href="/y/">y</a>\n</p>\n\n[ref]: /z/\n'
    expect(findBodyLinks(body)).toEqual([
      { url: '/x/', line: 1 },
      { url: '/y/', line: 6 },
      { url: '/z/', line: 9 },
    ])
  })
})

describe('checkLink', () => {
  it('passes posts, Hangul anchors (encoded or not), footnotes, layout ids, old URLs, public files and external links', () => {
    for (const url of [
      '/kubecon-1/',
      '/kubecon-1',
      '/kubecon-1/#쿠버네티스-소개',
      `/kubecon-1/#${encodeURIComponent('쿠버네티스-소개')}`,
      '#fn-1',
      '#top',
      '/about/',
      '/2019/12/06/kubecon-1.html',
      '/assets/a.pdf',
      '/tags/aws/',
      'https://example.com/x',
      'mailto:a@b.c',
      'https://old.example.com/kubecon-1/#쿠버네티스-소개',
      '../kubecon-1/',
    ]) {
      expect(checkLink(url, 'kubecon-1', targets), url).toBeNull()
    }
  })

  it('reads a slug with a dot written with its slash (/Rust-1.10/) as the post, not as a file', () => {
    const dotted: LinkTargets = { ...targets, slugs: new Map([['rust-1.10', 'Rust-1.10']]) }
    expect(checkLink('/Rust-1.10/', 'a', dotted)).toBeNull()
    expect(checkLink('/Rust-1.10', 'a', dotted)).not.toBeNull()
  })

  it('names a missing post with the slug meant, a missing file and a missing anchor with the heading meant', () => {
    expect(checkLink('/kubecon-2/', 'about', targets)).toEqual({
      message: '링크 /kubecon-2/가 가리키는 글이나 페이지가 없습니다',
      fix: '/kubecon-1/를 쓰려던 것인가요? 있는 글의 주소로 고치세요',
    })
    expect(checkLink('/assets/b.pdf', 'about', targets)?.fix).toBe(
      'public/assets/b.pdf 파일을 추가하거나 주소를 고치세요',
    )
    expect(checkLink('/kubecon-1/#쿠버네티스-소게', 'about', targets)?.message).toBe(
      '링크 /kubecon-1/#쿠버네티스-소게: 글 /kubecon-1/에 #쿠버네티스-소게 제목(id)이 없습니다',
    )
    expect(checkLink('/kubecon-1/#쿠버네티스-소게', 'about', targets)?.fix).toMatch(
      /^#쿠버네티스-소개를 쓰려던 것인가요\?/,
    )
    expect(checkLink('https://blog.example.com/nope/', 'about', targets)?.message).toBe(
      '링크 https://blog.example.com/nope/가 가리키는 글이나 페이지가 없습니다',
    )
  })

  it('reports each broken link at its line in the file', () => {
    expect(checkBodyLinks('\n[x](#없음)\n', 10, 'kubecon-1', targets).map((p) => p.line)).toEqual([11])
  })
})

describe('raw HTML links', () => {
  it('reads entities as a browser does and leaves script links to the sanitiser', () => {
    const body =
      '<p>\n<a href="&#14;javascript:x()">a</a>\n<a href="java&#x09;script:x()">b</a> <a href="javascript&colon;x()">c</a>\n<a href="/no&#45;such/">d</a>\n</p>\n'
    expect(findBodyLinks(body).map((link) => link.line)).toEqual([2, 3, 3, 4])
    expect(checkBodyLinks(body, 1, 'kubecon-1', targets).map((p) => [p.line, p.message])).toEqual([
      [4, '링크 /no-such/가 가리키는 글이나 페이지가 없습니다'],
    ])
  })
})

describe('links between editions (docs/editions.md)', () => {
  const editions: LinkTargets = {
    ...targets,
    slugs: new Map([
      ['kubecon-1', 'kubecon-1'],
      ['en/kubecon-1', 'en/kubecon-1'],
      ['en/terraform-drift', 'en/terraform-drift'],
    ]),
    ids: new Map([['en/kubecon-1', new Set(['what-we-saw'])]]),
    editionFolders: new Set(['en']),
  }

  it('reads a site path from the site’s root: /en/<slug>/ is the English post, from any post', () => {
    for (const from of ['kubecon-1', 'en/terraform-drift']) {
      expect(checkLink('/en/kubecon-1/#what-we-saw', from, editions), from).toBeNull()
      expect(checkLink('/kubecon-1/', from, editions), from).toBeNull()
    }
    // A relative address is read from the post's own address, folder included.
    expect(checkLink('../kubecon-1/', 'en/terraform-drift', editions)).toBeNull()
    expect(checkLink('/terraform-drift/', 'en/kubecon-1', editions)?.message).toBe(
      '링크 /terraform-drift/가 가리키는 글이나 페이지가 없습니다',
    )
    expect(checkLink('/en/kubecon-1/#missing', 'kubecon-1', editions)?.message).toBe(
      '링크 /en/kubecon-1/#missing: 글 /en/kubecon-1/에 #missing 제목(id)이 없습니다',
    )
    expect(checkLink('/en/kubecon-2/', 'kubecon-1', editions)?.fix).toBe(
      '/en/kubecon-1/를 쓰려던 것인가요? 있는 글의 주소로 고치세요',
    )
  })
})
