/**
 * The import's rule for a Jekyll blog written in more than one language (docs/migration.md,
 * docs/editions.md): it becomes a blog with editions, and every old URL keeps answering.
 *
 * - A language gets an edition only when the old site kept it apart: its posts all in its own language's
 *   folder, or some of them the same post as one in another language (below). A few posts merely
 *   marked with another `lang` stay in the first edition, as Jekyll listed them.
 * - The site's language is the one language Jekyll served outside the other languages' folders
 *   (`/en/…`), else `_config.yml`'s `lang` (or `locale`, `language`), else the language most posts have. Each post's `lang`, as Jekyll read it (its own, else what `defaults:` gave it), names
 *   its language. Only a language other than the site's makes an edition.
 * - A language is a plain BCP 47 tag (`en`, `en-US`, `ko`). A post's other value (`en_US`, `English`)
 *   is reported and left as written: the post stays in the first edition.
 * - An edition's folder is its language code in lower case (`en`), or, when the old site served every
 *   post of that language, and none of another, under one first path segment that names the language
 *   (`/en/2021/03/x/`, `/en-us/x/`), that segment, if it is a safe lower-case folder name.
 * - Posts in different languages that share the value of a pairing key (the first present of
 *   PAIRING_KEYS), else, for posts without one, the same file slug (polyglot's same permalink), are
 *   one post in several languages. The original is the one in the site's language, else the earliest;
 *   every other becomes its translation (`translation_of`).
 *
 * Pure functions: tools/jekyll/plan.ts reads the posts and applies what these decide.
 */

/** Front-matter keys Jekyll themes and plugins pair a post's translations by, the first present winning. */
export const PAIRING_KEYS = [
  'translation_key',
  'translationKey',
  'ref',
  'lang_ref',
  'lang-ref',
  'page_id',
  'i18n_key',
] as const

/** A plain BCP 47 language tag: a 2–3 letter language, then subtags of 2–8 letters or digits (`en`, `en-US`, `zh-Hant-TW`). */
const PLAIN_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** A folder the blog can give an edition (lib/config.ts takes the same): lower case, digits, hyphens. */
const SAFE_FOLDER = /^[a-z0-9][a-z0-9-]*$/

export const isPlainLanguageTag = (value: string): boolean => PLAIN_TAG.test(value)

/** The language a tag names, as the blog compares a post's `lang` with an edition: 'en-US' -> 'en'. */
export const languageCode = (tag: string): string => (tag.split('-')[0] ?? '').toLowerCase()

/** What the import read of one post for this rule. */
export interface PostLanguage {
  /** The post's file in the old site (`_posts/en/2021-03-05-hello.md`). */
  source: string
  /** `lang` as Jekyll read it (trimmed), null when the post has none. */
  lang: string | null
  /** The line of `lang` in the post's front matter (1 when `defaults:` gave it). */
  line: number
  /** The URL the old site served the post at (decoded). */
  oldUrl: string
  /** The value of its pairing key (PAIRING_KEYS), null without one. */
  pairing?: string | null
}

/** The file name after the date: `hello` of `_posts/en/2021-03-02-hello.md`. */
const fileSlugOf = (source: string): string =>
  (source.split('/').at(-1) ?? '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '').replace(/\.[^.]+$/, '')

/** One more language of the imported blog: an edition of site.config.mjs (lib/site-config.ts). */
export interface JekyllEdition {
  /** The language code posts of this edition have (`en`). */
  language: string
  /** The language as the posts wrote it most often (`en`, `en-US`): the edition's `locale`. */
  locale: string
  /** The edition's folder (`en`): its posts live at `/<path>/<slug>/`. */
  path: string
  /** How many posts it has. */
  posts: number
}

export interface EditionsPlan {
  /** The first edition's language as the old site wrote it (`ko`, `ko-KR`); null when nothing says. */
  siteLocale: string | null
  /**
   * Where `siteLocale` came from: the old addresses (the one language Jekyll served outside the
   * others' language folders), `_config.yml`, or the posts (the language most of them have).
   */
  siteLocaleFrom: 'addresses' | 'config' | 'posts' | null
  /** The other languages, the one with most posts first; empty: the blog keeps one edition. */
  editions: JekyllEdition[]
  /** Posts whose `lang` is no plain language tag: left as written, in the first edition. */
  invalid: { source: string; line: number; lang: string }[]
}

/** The value seen most often; of two seen as often, the one seen first. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value
  return best
}

/** The first path segment of a URL (decoded), or null for a one-segment URL, which names the post itself. */
function firstFolder(url: string): string | null {
  const segments = url.split('/').filter((segment) => segment !== '')
  return segments.length >= 2 ? (segments[0] ?? null) : null
}

/**
 * The editions a Jekyll blog's posts call for. `configured` is `_config.yml`'s language
 * (site-identity.ts reads it), `taken` the folder names the blog's own pages have (`tags`, `search`).
 */
export function planEditions(
  configured: string | null,
  posts: readonly PostLanguage[],
  taken: ReadonlySet<string>,
): EditionsPlan {
  const invalid = posts.flatMap((post) =>
    post.lang !== null && !isPlainLanguageTag(post.lang)
      ? [{ source: post.source, line: post.line, lang: post.lang }]
      : [],
  )
  const valid = posts.filter(
    (post): post is PostLanguage & { lang: string } => post.lang !== null && isPlainLanguageTag(post.lang),
  )
  const tagOf = (code: string) =>
    mostCommon(valid.filter((post) => languageCode(post.lang) === code).map((post) => post.lang)) ?? code
  // What Jekyll served says it first: when the other languages each live in their own language's
  // folder (`/en/…`) and one language lives outside them, that one is the site's, whatever a theme's
  // `locale` left in _config.yml says.
  const codes = [...new Set(valid.map((post) => languageCode(post.lang)))]
  const inOwnFolder = (code: string) =>
    valid
      .filter((post) => languageCode(post.lang) === code)
      .every((post) => languageCode(firstFolder(post.oldUrl) ?? '') === code)
  const outside = codes.filter((code) => !inOwnFolder(code))
  const fromAddresses = codes.length > 1 && outside.length === 1 ? tagOf(outside[0]!) : null
  const fromPosts = mostCommon(valid.map((post) => languageCode(post.lang)))
  const siteLocale = fromAddresses ?? configured ?? (fromPosts === undefined ? null : tagOf(fromPosts))
  const plan: EditionsPlan = {
    siteLocale,
    siteLocaleFrom:
      fromAddresses !== null ? 'addresses' : configured !== null ? 'config' : siteLocale !== null ? 'posts' : null,
    editions: [],
    invalid,
  }
  if (siteLocale === null) return plan
  const site = languageCode(siteLocale)
  const byLanguage = new Map<string, (PostLanguage & { lang: string })[]>()
  for (const post of valid) {
    const code = languageCode(post.lang)
    if (code !== site) byLanguage.set(code, [...(byLanguage.get(code) ?? []), post])
  }
  // A language is an edition of its own when the old site kept it apart: all its posts in its own
  // language's folder, or some of them the same post as one in another language (a shared pairing
  // key, or polyglot's same file name). A few posts merely marked `lang: en` among the others stay
  // where Jekyll listed them, in the first edition.
  const others = (code: string) =>
    posts.filter((post) => post.lang === null || !isPlainLanguageTag(post.lang) || languageCode(post.lang) !== code)
  const keptApart = (code: string, own: readonly PostLanguage[]) =>
    inOwnFolder(code) ||
    own.some((post) =>
      others(code).some((other) =>
        post.pairing != null && other.pairing != null
          ? post.pairing === other.pairing
          : fileSlugOf(post.source) === fileSlugOf(other.source),
      ),
    )
  for (const [code, own] of [...byLanguage]) if (!keptApart(code, own)) byLanguage.delete(code)
  const ordered = [...byLanguage].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))
  const used = new Set(taken)
  for (const [language, own] of ordered) {
    // The folder every post of this language was served under, which no post of another language had.
    const sources = new Set(own.map((post) => post.source))
    const folders = new Set(own.map((post) => firstFolder(post.oldUrl)))
    const folder = folders.size === 1 ? ([...folders][0] ?? null) : null
    const shared = posts.some((post) => !sources.has(post.source) && firstFolder(post.oldUrl) === folder)
    // Only a folder that names the language (`en`, `en-us`): `/posts/` is where a blog keeps posts.
    const named = folder !== null && languageCode(folder.replace(/_/g, '-')) === language
    const candidates = [
      ...(folder !== null && named && !shared && SAFE_FOLDER.test(folder) ? [folder] : []),
      language,
      `lang-${language}`,
    ]
    const path = candidates.find((candidate) => !used.has(candidate)) ?? `lang-${language}-${plan.editions.length}`
    used.add(path)
    plan.editions.push({
      language,
      locale: mostCommon(own.map((post) => post.lang)) ?? language,
      path,
      posts: own.length,
    })
  }
  return plan
}

/** The folder of the edition a post's `lang` places it in: '' for the first edition. */
export function editionFolderOf(plan: EditionsPlan, lang: string | null | undefined): string {
  if (typeof lang !== 'string' || !isPlainLanguageTag(lang.trim())) return ''
  const code = languageCode(lang.trim())
  return plan.editions.find((edition) => edition.language === code)?.path ?? ''
}

/** The pairing key a post's front matter gives (`ref: hello`), or null. */
export function pairingKey(data: Record<string, unknown>): { field: string; value: string } | null {
  for (const field of PAIRING_KEYS) {
    const value = data[field]
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
      return { field, value: String(value).trim() }
  }
  return null
}

/** What the pairing reads of one post. */
export interface PairablePost {
  /** The post's file in the old site, which names it in the result. */
  id: string
  /** Its language code (`ko`, `en`). */
  language: string
  /** Its edition's folder ('' for the first). */
  folder: string
  /** Its address within its edition. */
  slug: string
  /** The file name after the date (`hello` of `2021-03-02-hello.md`). */
  fileSlug: string
  key: { field: string; value: string } | null
  /** ISO instant, or null when unknown (sorted last). */
  publishedAt: string | null
  /** Whether its front matter names an original already: such a post is left as written. */
  hasTranslationOf: boolean
}

export interface Pairing {
  /** The translation's id and the original's. */
  translation: string
  original: string
  /** The value of the translation's `translation_of`: the original's slug, with its folder outside the first edition. */
  translationOf: string
  /** What paired them, for the report: `ref: hello`, or the file name. */
  by: string
}

/** The translations among posts: each post paired with its original, and the posts left unpaired with why. */
export function pairTranslations(
  posts: readonly PairablePost[],
  siteLanguage: string,
): { pairs: Pairing[]; unpaired: { id: string; message: string }[] } {
  const groups = new Map<string, PairablePost[]>()
  for (const post of posts) {
    if (post.hasTranslationOf) continue
    const group = post.key !== null ? `key\u0000${post.key.value}` : `file\u0000${post.fileSlug.normalize('NFC')}`
    groups.set(group, [...(groups.get(group) ?? []), post])
  }
  const pairs: Pairing[] = []
  const unpaired: { id: string; message: string }[] = []
  for (const members of groups.values()) {
    if (new Set(members.map((post) => post.language)).size < 2) continue
    const ordered = [...members].sort(
      (a, b) =>
        (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    const original = ordered.find((post) => post.language === siteLanguage) ?? ordered[0]!
    const by = original.key !== null ? `${original.key.field}: ${original.key.value}` : `파일 이름 ${original.fileSlug}`
    const translated = new Map<string, PairablePost>()
    for (const post of ordered) {
      if (post === original || post.language === original.language) continue
      const earlier = translated.get(post.language)
      if (earlier !== undefined) {
        unpaired.push({
          id: post.id,
          message: `${by}인 ${post.language} 글 ${earlier.id}이(가) 이미 ${original.id}의 번역이라 이 글은 번역으로 잇지 않았습니다 (한 글의 번역은 언어마다 하나입니다: 맞는 글에 translation_of: ${original.slug}를 쓰세요)`,
        })
        continue
      }
      translated.set(post.language, post)
      pairs.push({
        translation: post.id,
        original: original.id,
        translationOf: original.folder === '' ? original.slug : `/${original.folder}/${original.slug}/`,
        by,
      })
    }
  }
  return { pairs, unpaired }
}
