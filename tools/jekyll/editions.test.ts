import { describe, expect, it } from 'vitest'
import {
  editionFolderOf,
  isPlainLanguageTag,
  pairingKey,
  pairTranslations,
  planEditions,
  type PairablePost,
  type PostLanguage,
} from './editions'

const post = (source: string, lang: string | null, oldUrl: string, pairing: string | null = null): PostLanguage => ({
  source,
  lang,
  line: 3,
  oldUrl,
  pairing,
})
const NO_FOLDERS = new Set<string>(['tags', 'search'])

describe('the editions a Jekyll blog’s languages call for', () => {
  it('takes a plain BCP 47 tag only', () => {
    for (const tag of ['en', 'en-US', 'ko', 'zh-Hant-TW', 'EN']) expect(isPlainLanguageTag(tag)).toBe(true)
    for (const tag of ['en_US', 'English', 'e', '', 'en-', 'ko KR']) expect(isPlainLanguageTag(tag)).toBe(false)
  })

  it('gives the site’s language the root and each other language a folder, the one with most posts first', () => {
    const plan = planEditions(
      'ko',
      [
        post('_posts/2021-01-01-a.md', null, '/2021/01/01/a/'),
        post('_posts/b.md', 'ko-KR', '/2021/01/02/b/'),
        // Japanese in its own folder; English the same post as a Korean one (polyglot's same file name).
        post('_posts/ja/c.md', 'ja', '/ja/2021/01/03/c/'),
        post('_posts/en/2021-01-04-a.md', 'en', '/2021/01/04/a/'),
        post('_posts/e.md', 'en-US', '/e/'),
        post('_posts/f.md', 'en-US', '/f/'),
      ],
      NO_FOLDERS,
    )
    expect(plan).toEqual({
      siteLocale: 'ko',
      siteLocaleFrom: 'config',
      editions: [
        { language: 'en', locale: 'en-US', path: 'en', posts: 3 },
        { language: 'ja', locale: 'ja', path: 'ja', posts: 1 },
      ],
      invalid: [],
    })
    expect(editionFolderOf(plan, 'en-GB')).toBe('en')
    expect(editionFolderOf(plan, 'ko')).toBe('')
    expect(editionFolderOf(plan, undefined)).toBe('')
  })

  it('prefers the folder the old site served a language under, when it names the language and is its alone', () => {
    // The English `a` translates the Korean post (`ref: a`), so English is kept apart in any folder.
    const english = (folder: string) => [
      post('_posts/ko.md', null, '/2021/01/01/ko/', 'a'),
      post('_posts/english/a.md', 'en', `/${folder}/2021/a/`, 'a'),
      post('_posts/english/b.md', 'en', `/${folder}/b/`),
    ]
    expect(planEditions('ko', english('en'), NO_FOLDERS).editions[0]?.path).toBe('en')
    expect(planEditions('ko', english('en-us'), NO_FOLDERS).editions[0]?.path).toBe('en-us')
    // A folder that does not name the language (`/posts/`, `/english/`), is no safe name, is the blog's
    // own or is shared with another language: the language code.
    expect(planEditions('ko', english('english'), NO_FOLDERS).editions[0]?.path).toBe('en')
    expect(planEditions('ko', english('EN'), NO_FOLDERS).editions[0]?.path).toBe('en')
    expect(planEditions('ko', english('posts'), NO_FOLDERS).editions[0]?.path).toBe('en')
    const shared = [...english('en'), post('_posts/c.md', null, '/en/c/')]
    expect(planEditions('ko', shared, NO_FOLDERS).editions[0]?.path).toBe('en')
  })

  it('leaves a few posts merely marked with another language in the first edition, as Jekyll listed them', () => {
    const plan = planEditions(
      'ko',
      [
        post('_posts/a.md', null, '/a/'),
        post('_posts/b.md', 'ko', '/b/'),
        post('_posts/interview.md', 'en', '/interview/'),
      ],
      NO_FOLDERS,
    )
    expect(plan.editions).toEqual([])
    expect(editionFolderOf(plan, 'en')).toBe('')
  })

  it('takes the site’s language from the old addresses when the others live in their own language’s folder', () => {
    // A theme's `locale: en-US` in _config.yml, Korean posts at /posts/…, English ones at /en/posts/….
    const plan = planEditions(
      'en-US',
      [
        post('_posts/a.md', 'ko', '/posts/a/'),
        post('_posts/b.md', 'ko', '/posts/b/'),
        post('en/_posts/a.md', 'en', '/en/posts/a/'),
      ],
      NO_FOLDERS,
    )
    expect(plan.siteLocale).toBe('ko')
    expect(plan.siteLocaleFrom).toBe('addresses')
    expect(plan.editions).toEqual([{ language: 'en', locale: 'en', path: 'en', posts: 1 }])
  })

  it('reads the site’s language from the posts when _config.yml names none, and reports a lang that is no tag', () => {
    const plan = planEditions(
      null,
      [
        post('_posts/a.md', 'en', '/a/', 'first'),
        post('_posts/b.md', 'en', '/b/'),
        post('_posts/c.md', 'ko', '/c/', 'first'),
        post('_posts/d.md', 'en_US', '/d/'),
        post('_posts/e.md', null, '/e/'),
      ],
      NO_FOLDERS,
    )
    expect(plan.siteLocale).toBe('en')
    expect(plan.siteLocaleFrom).toBe('posts')
    expect(plan.editions).toEqual([{ language: 'ko', locale: 'ko', path: 'ko', posts: 1 }])
    expect(plan.invalid).toEqual([{ source: '_posts/d.md', line: 3, lang: 'en_US' }])
    expect(editionFolderOf(plan, 'en_US')).toBe('')
  })

  it('gives a blog in one language no editions', () => {
    expect(
      planEditions('ko', [post('_posts/a.md', 'ko', '/a/'), post('_posts/b.md', null, '/b/')], NO_FOLDERS),
    ).toEqual({ siteLocale: 'ko', siteLocaleFrom: 'config', editions: [], invalid: [] })
    expect(planEditions(null, [post('_posts/a.md', null, '/a/')], NO_FOLDERS).siteLocale).toBeNull()
  })
})

describe('pairing a post’s translations', () => {
  const pairable = (id: string, fields: Partial<PairablePost>): PairablePost => ({
    id,
    language: 'ko',
    folder: '',
    slug: id,
    fileSlug: id,
    key: null,
    publishedAt: '2021-01-01T00:00:00Z',
    hasTranslationOf: false,
    ...fields,
  })

  it('reads the first pairing key present', () => {
    expect(pairingKey({ ref: 'hello', page_id: 'x' })).toEqual({ field: 'ref', value: 'hello' })
    expect(pairingKey({ translationKey: ' intro ' })).toEqual({ field: 'translationKey', value: 'intro' })
    expect(pairingKey({ page_id: 12 })).toEqual({ field: 'page_id', value: '12' })
    expect(pairingKey({ ref: '', title: 'x' })).toBeNull()
  })

  it('pairs by key, else by file slug, the post in the site’s language being the original', () => {
    const { pairs, unpaired } = pairTranslations(
      [
        pairable('ko-hello', { key: { field: 'ref', value: 'hello' }, publishedAt: '2021-03-02T00:00:00Z' }),
        pairable('en-hello', {
          language: 'en',
          folder: 'en',
          slug: 'hello-world',
          key: { field: 'ref', value: 'hello' },
          publishedAt: '2021-03-01T00:00:00Z',
        }),
        pairable('ko-release', { slug: 'release', fileSlug: 'release' }),
        pairable('en-release', { language: 'en', folder: 'en', slug: 'release', fileSlug: 'release' }),
        // A key of its own: no pairing by file slug.
        pairable('ja-release', {
          language: 'ja',
          folder: 'ja',
          fileSlug: 'release',
          key: { field: 'ref', value: 'r' },
        }),
        pairable('en-only', { language: 'en', folder: 'en' }),
      ],
      'ko',
    )
    expect(pairs).toEqual([
      { translation: 'en-hello', original: 'ko-hello', translationOf: 'ko-hello', by: 'ref: hello' },
      { translation: 'en-release', original: 'ko-release', translationOf: 'release', by: '파일 이름 release' },
    ])
    expect(unpaired).toEqual([])
  })

  it('takes the earliest post as the original when none is in the site’s language, naming its folder', () => {
    const { pairs } = pairTranslations(
      [
        pairable('ja-x', { language: 'ja', folder: 'ja', slug: 'x', publishedAt: '2021-02-01T00:00:00Z' }),
        pairable('en-x', {
          language: 'en',
          folder: 'en',
          slug: 'x',
          fileSlug: 'ja-x',
          publishedAt: '2021-01-01T00:00:00Z',
        }),
      ].map((member) => ({ ...member, fileSlug: 'x' })),
      'ko',
    )
    expect(pairs).toEqual([{ translation: 'ja-x', original: 'en-x', translationOf: '/en/x/', by: '파일 이름 x' }])
  })

  it('gives one translation per language, and leaves a post that names its original as written', () => {
    const { pairs, unpaired } = pairTranslations(
      [
        pairable('ko', { key: { field: 'ref', value: 'k' } }),
        pairable('en-1', { language: 'en', folder: 'en', key: { field: 'ref', value: 'k' } }),
        pairable('en-2', {
          language: 'en',
          folder: 'en',
          key: { field: 'ref', value: 'k' },
          publishedAt: '2021-06-01T00:00:00Z',
        }),
        pairable('en-3', { language: 'en', folder: 'en', key: { field: 'ref', value: 'k' }, hasTranslationOf: true }),
      ],
      'ko',
    )
    expect(pairs.map((pair) => pair.translation)).toEqual(['en-1'])
    expect(unpaired).toEqual([{ id: 'en-2', message: expect.stringContaining('en-1') }])
  })
})
