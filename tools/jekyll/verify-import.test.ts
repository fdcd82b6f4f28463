import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkUrl, compareFeeds, refreshTarget, sameAuthors } from './verify-import'

const atom = (entries: { id: string; title: string }[]) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2020-01-01T00:00:00Z</updated>${entries
    .map(
      ({ id, title }) =>
        `<entry><title>${title}</title><id>${id}</id><updated>2020-01-01T00:00:00Z</updated><published>2020-01-01T00:00:00Z</published></entry>`,
    )
    .join('')}</feed>`

let root = ''
afterEach(() => rmSync(root, { recursive: true, force: true }))

function sites(old: { id: string; title: string }[], blog: Record<string, { id: string; title: string }[]>) {
  root = mkdtempSync(path.join(tmpdir(), 'verify-'))
  const site = path.join(root, '_site')
  const out = path.join(root, 'out')
  mkdirSync(site)
  writeFileSync(path.join(site, 'atom.xml'), atom(old))
  for (const [file, entries] of Object.entries(blog)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    writeFileSync(path.join(out, file), atom(entries))
  }
  return compareFeeds(site, out)
}

describe('compareFeeds', () => {
  it('finds an old id in any of the blog’s feeds, and counts posts in none of them apart', () => {
    const result = sites(
      [
        { id: '/blog/new', title: 'New' },
        { id: '/blog/tagged', title: 'Tagged' },
        { id: '/blog/old', title: 'Old' },
      ],
      { 'atom.xml': [{ id: '/blog/new', title: 'New' }], 'tags/x/atom.xml': [{ id: '/blog/tagged', title: 'Tagged' }] },
    )
    expect(result).toMatchObject({ items: 3, idsKept: 2, outside: 1, problems: [] })
  })

  it('reports a post the blog’s feed carries under another id: readers would see it as new', () => {
    const result = sites([{ id: '/blog/a', title: '“Quoted”' }], {
      'atom.xml': [{ id: 'https://x/a/', title: '"Quoted"' }],
    })
    expect(result.idsKept).toBe(0)
    expect(result.problems).toEqual([
      '/atom.xml: 옛 피드 id /blog/a의 글이 블로그 피드에 다른 id https://x/a/로 있습니다',
    ])
  })

  it('reports an old feed address that serves the old build’s feed, which never shows a new post', () => {
    root = mkdtempSync(path.join(tmpdir(), 'verify-'))
    const site = path.join(root, '_site')
    const out = path.join(root, 'out')
    mkdirSync(path.join(site, 'feed'), { recursive: true })
    mkdirSync(path.join(out, 'feed'), { recursive: true })
    const old = atom([{ id: '/blog/a', title: 'A' }])
    writeFileSync(path.join(site, 'index.html'), '<link rel="alternate" type="application/rss+xml" href="/feed/">')
    writeFileSync(path.join(site, 'feed/index.html'), old)
    writeFileSync(
      path.join(out, 'atom.xml'),
      atom([
        { id: '/blog/b', title: 'B' },
        { id: '/blog/a', title: 'A' },
      ]),
    )
    writeFileSync(path.join(out, 'feed/index.html'), old)
    expect(compareFeeds(site, out).problems).toEqual([
      '/feed/index.html: 블로그의 피드가 아니라 옛 빌드의 피드가 그대로 있어 새 글이 구독자에게 가지 않습니다',
    ])
    // The blog's feed copied there, with the old ids, is what the address should serve.
    writeFileSync(
      path.join(out, 'feed/index.html'),
      atom([
        { id: '/blog/b', title: 'B' },
        { id: '/blog/a', title: 'A' },
      ]),
    )
    expect(compareFeeds(site, out).problems).toEqual([])
  })

  it('reports every old id when the blog answers the old feed address with no feed', () => {
    const result = sites([{ id: '/blog/a', title: 'A' }], { 'feed.xml': [{ id: '/blog/a', title: 'A' }] })
    expect(result.problems).toEqual(['/atom.xml: 옛 피드 id /blog/a가 블로그 피드에 없습니다'])
  })
})

describe('sameAuthors', () => {
  it('compares a co-authored post by its first author, the one jekyll-feed named', () => {
    const mine = { authors: ['Rails Foundation', 'Robby Russell'], authorIds: ['rails-foundation', 'robby-russell'] }
    expect(sameAuthors(mine, { authors: ['Rails Foundation'] })).toBe(true)
    expect(sameAuthors(mine, { authors: ['Robby Russell'] })).toBe(false)
    expect(sameAuthors(mine, { authors: ['Rails Foundation', 'Robby Russell'] })).toBe(true)
    expect(sameAuthors(mine, { authors: ['Rails Foundation', 'Someone Else'] })).toBe(false)
  })

  it('still tells a missing author and a different one apart', () => {
    expect(sameAuthors({ authors: [], authorIds: [] }, { authors: ['Ann Lee'] })).toBe(false)
    expect(sameAuthors({ authors: ['Bo Kim'], authorIds: ['ann-lee'] }, { authors: ['ann-lee'] })).toBe(true)
    expect(sameAuthors({ authors: ['Bo Kim'], authorIds: ['bo'] }, { authors: ['Ann Lee'] })).toBe(false)
  })
})

describe('checkUrl', () => {
  it('follows a redirect page on the site, and counts one that leaves the site as answered without asking there', async () => {
    const pages: Record<string, string> = {
      '/old/': '<meta http-equiv="refresh" content="0; url=/new/">',
      '/new/': '<p>새 주소</p>',
      '/docs/': '<meta http-equiv="refresh" content="0; url=https://docs.invalid/">',
      '/gone/': '<meta http-equiv="refresh" content="0; url=/nowhere/">',
      "/tags/april's-fools/": '<p>만우절</p>',
      '/blog/tags/april-s-fools/': '<meta http-equiv="refresh" content="0; url=/tags/april&#39;s-fools/">',
    }
    const server = createServer((request, response) => {
      const body = pages[decodeURI(request.url ?? '')]
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(body ?? 'not found')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const origin = `http://127.0.0.1:${port}`
    try {
      expect(await checkUrl(origin, '/old/')).toMatchObject({ ok: true, detail: '→ /new/ 200' })
      expect(await checkUrl(origin, '/docs/')).toMatchObject({
        ok: true,
        detail: expect.stringContaining('다른 사이트'),
      })
      expect(await checkUrl(origin, '/gone/')).toMatchObject({ ok: false })
      // The attribute's character reference is read as a browser reads it.
      expect(await checkUrl(origin, '/blog/tags/april-s-fools/')).toMatchObject({ ok: true })
      expect(await checkUrl(origin, '/missing/')).toMatchObject({ ok: false, detail: '404' })
    } finally {
      server.close()
    }
  })
})

describe('refreshTarget', () => {
  it('reads the address of a refresh in the forms browsers accept', () => {
    expect(refreshTarget('<meta http-equiv="refresh" content="0; url=/a&amp;b/">')).toBe('/a&b/')
    expect(refreshTarget('<META HTTP-EQUIV=Refresh CONTENT="0;URL=\'/x/\'">')).toBe('/x/')
    expect(refreshTarget('<meta name="robots" content="noindex"><p>내용</p>')).toBeNull()
  })
})
