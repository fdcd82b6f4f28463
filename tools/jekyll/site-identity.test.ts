import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import siteConfig from '../../site.config.mjs'
import { readSiteConfig, readSiteIdentity, siteConfigText, withIdentity } from './site-identity'

describe('the imported blog’s identity', () => {
  it('reads the title, description, address, language and time zone Jekyll’s _config.yml gives', () => {
    const identity = readSiteIdentity(
      'title: 데이터 팀 블로그\ndescription: >\n  데이터 팀이\n  쓰는 글\nurl: "https://data.example.com"\nbaseurl: /blog/\nlang: ko_KR\ntimezone: Asia/Seoul\n',
    )
    expect(identity).toEqual({
      name: '데이터 팀 블로그',
      description: '데이터 팀이 쓰는 글',
      url: 'https://data.example.com',
      basePath: '/blog',
      locale: 'ko-KR',
      timeZone: 'Asia/Seoul',
    })
    expect(readSiteIdentity('url: https://user.github.io/project\n')).toEqual({
      url: 'https://user.github.io',
      basePath: '/project',
    })
    expect(readSiteIdentity('title: [not: yaml')).toEqual({})
  })

  it('writes it into a site.config.mjs that the blog reads back, keeping the brand and services', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-identity-'))
    const file = path.join(dir, 'site.config.mjs')
    const identity = readSiteIdentity('title: Open Source Blog\nurl: https://blog.example.org\nlang: en\n')
    writeFileSync(file, siteConfigText(withIdentity(siteConfig, identity), file, process.cwd()))
    const written = await readSiteConfig(file)
    expect(written).toMatchObject({ name: 'Open Source Blog', url: 'https://blog.example.org', locale: 'en' })
    expect(written.brand).toEqual(siteConfig.brand)
    expect(written.timeZone).toBe(siteConfig.timeZone)
    // Absolute links to the old address become internal links.
    expect(written.legacyOrigins.slice(0, 2)).toEqual(['https://blog.example.org', 'http://blog.example.org'])
  })

  it('gives the imported blog its own editions, and none of the configuration’s before', () => {
    const before = {
      ...siteConfig,
      editions: [{ locale: 'ja', path: 'ja', name: '前のブログ', description: '前のブログです。' }],
    }
    const identity = readSiteIdentity('title: 두 언어 블로그\ndescription: 한국어와 영어\n')
    expect(withIdentity(before, identity).editions).toBeUndefined()
    const config = withIdentity(before, identity, { site: 'ko', editions: [{ locale: 'en-US', path: 'en' }] })
    expect(config.editions).toEqual([
      { locale: 'en-US', path: 'en', name: '두 언어 블로그', description: '한국어와 영어' },
    ])
    // The first edition's language comes from the posts when _config.yml names none; `editions` follows it.
    expect(config.locale).toBe('ko')
    expect(
      Object.keys(config).slice(Object.keys(config).indexOf('locale'), Object.keys(config).indexOf('locale') + 2),
    ).toEqual(['locale', 'editions'])
    expect(
      withIdentity(siteConfig, { locale: 'en' }, { site: 'ko', editions: [{ locale: 'ja', path: 'ja' }] }).locale,
    ).toBe('en')
  })
})
