import { describe, expect, it } from 'vitest'
import { encodeUrlPath, resolveFeedIdRoot, resolveSiteLocation } from './config'

const FALLBACK = 'https://megazonedsg.github.io'
const CONFIGURED = { url: FALLBACK }

describe('resolveSiteLocation', () => {
  it('takes SITE_URL as the origin and BASE_PATH as the path', () => {
    expect(resolveSiteLocation({ SITE_URL: 'https://example.com/', BASE_PATH: 'blog/' }, CONFIGURED)).toEqual({
      url: 'https://example.com',
      basePath: '/blog',
      siteBasePath: '/blog',
      root: 'https://example.com/blog',
      notice: null,
    })
    expect(resolveSiteLocation({}, CONFIGURED)).toEqual({
      url: FALLBACK,
      basePath: '',
      siteBasePath: '',
      root: FALLBACK,
      notice: null,
    })
  })

  it('puts an edition (EDITION, the language of one of `editions`) in its folder under the base path', () => {
    const configured = { url: FALLBACK, basePath: '/blog', editions: [{ locale: 'en-US', path: 'en' }] }
    const english = resolveSiteLocation({ EDITION: 'en' }, configured)
    expect(english).toMatchObject({ basePath: '/blog/en', siteBasePath: '/blog', root: `${FALLBACK}/blog/en` })
    expect(resolveSiteLocation({}, configured).basePath).toBe('/blog')
    expect(() => resolveSiteLocation({ EDITION: 'ja' }, configured)).toThrow(
      'EDITION=ja: site.config.mjs의 editions에 언어가 ja인 판이 없습니다',
    )
  })

  it('writes the base path once when SITE_URL already ends with it, and says so', () => {
    const location = resolveSiteLocation({ SITE_URL: 'https://example.com/blog', BASE_PATH: '/blog' }, CONFIGURED)
    expect(location.url).toBe('https://example.com')
    expect(location.basePath).toBe('/blog')
    expect(location.root).toBe('https://example.com/blog')
    expect(location.notice).toContain('SITE_URL=https://example.com/blog, BASE_PATH=/blog')
    expect(location.notice).toContain('https://example.com/blog/...')
  })

  it('refuses a SITE_URL path that is not the base path, naming both and the fix', () => {
    expect(() => resolveSiteLocation({ SITE_URL: 'https://example.com/blog', BASE_PATH: '' }, CONFIGURED)).toThrow(
      'SITE_URL=https://example.com/blog, BASE_PATH=: SITE_URL에는 경로 없이 주소의 앞부분(https://example.com)만 쓰고, 경로 /blog는 BASE_PATH로 주세요. 예: SITE_URL=https://example.com BASE_PATH=/blog',
    )
    expect(() => resolveSiteLocation({ SITE_URL: 'https://example.com/a', BASE_PATH: '/b' }, CONFIGURED)).toThrow(
      /SITE_URL=https:\/\/example.com\/a, BASE_PATH=\/b/,
    )
  })
})

describe('encodeUrlPath', () => {
  it('percent-encodes once what RFC 3986 does not allow in a path, and keeps what it does', () => {
    expect(encodeUrlPath('/tags/데이터 엔지니어링 입문/')).toBe(
      '/tags/%EB%8D%B0%EC%9D%B4%ED%84%B0%20%EC%97%94%EC%A7%80%EB%8B%88%EC%96%B4%EB%A7%81%20%EC%9E%85%EB%AC%B8/',
    )
    expect(encodeUrlPath("/tags/r&d/c++/node.js/it's/(EC2),~@:=;$!*/")).toBe(
      "/tags/r&d/c++/node.js/it's/(EC2),~@:=;$!*/",
    )
    expect(encodeUrlPath('/a"b<c>d`e{f}g|h\\i^j[k]l?m#n/')).toBe(
      '/a%22b%3Cc%3Ed%60e%7Bf%7Dg%7Ch%5Ci%5Ej%5Bk%5Dl%3Fm%23n/',
    )
  })

  it('encodes a % in a file name as %25, so decoding once gives the name back', () => {
    const path = '/100%-진심/%EB/'
    expect(encodeUrlPath(path)).toBe('/100%25-%EC%A7%84%EC%8B%AC/%25EB/')
    expect(decodeURIComponent(encodeUrlPath(path))).toBe(path)
  })
})

describe('resolveSiteLocation and site.config.mjs', () => {
  it('takes the configured URL and base path, and lets the environment override each', () => {
    const configured = { url: 'https://tech.example.com', basePath: '/blog' }
    expect(resolveSiteLocation({}, configured)).toMatchObject({ url: 'https://tech.example.com', basePath: '/blog' })
    expect(resolveSiteLocation({ BASE_PATH: '' }, configured).basePath).toBe('')
    expect(resolveSiteLocation({ SITE_URL: 'https://other.example' }, configured).root).toBe(
      'https://other.example/blog',
    )
  })
})

describe('site.config.mjs, the one configuration file', () => {
  it('is where the site’s identity comes from, and the only place the code names it', async () => {
    const { default: file } = await import('../site.config.mjs')
    const { site } = await import('./config')
    expect(site.name).toBe(file.name)
    expect(site.timeZone).toBe(file.timeZone)
    expect(site.githubUrl).toBe(file.links.github)
    // A rebrand touches that file only: no source file of the site repeats its company, address or links.
    const identity = [file.brand.company, file.brand.shortName, new URL(file.url).host, file.links.github]
    const { readdirSync, readFileSync } = await import('node:fs')
    const path = await import('node:path')
    for (const dir of ['app', 'components', 'lib', 'pipeline']) {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(tsx?|mjs|css)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue
        const file = path.join(entry.parentPath, entry.name)
        const text = readFileSync(file, 'utf8')
        for (const value of identity) expect(text.includes(value), `${file}: ${value}`).toBe(false)
      }
    }
  })
})

describe('resolveFeedIdRoot', () => {
  it('keeps the address feed ids were first made under, whatever SITE_URL and BASE_PATH say', () => {
    expect(resolveFeedIdRoot(undefined, { url: FALLBACK, basePath: '/blog/' })).toBe(`${FALLBACK}/blog`)
    expect(resolveFeedIdRoot('', CONFIGURED)).toBe(FALLBACK)
    expect(resolveFeedIdRoot('https://old.example.com/blog/', CONFIGURED)).toBe('https://old.example.com/blog')
    expect(() => resolveFeedIdRoot('old.example.com', CONFIGURED)).toThrow(
      /^SITE_FEED_ID_BASE "old.example.com" \(site.config.mjs의 feedIdBase\): .*https:\/\//,
    )
  })
})
