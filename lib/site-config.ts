import type { Brand } from './brand'

/** One more language of the blog (`editions` in site.config.mjs). */
export interface EditionConfigFile {
  /** BCP 47 locale of this edition's pages, e.g. 'en-US'; its language part is a post's `lang`. */
  locale: string
  /** The folder under the site's root it lives in, e.g. 'en' (`/en/`, `/en/<post>/`). */
  path: string
  /** The blog's name and description in this language. */
  name: string
  description: string
  /** The brand's words in this language, where they differ from the first edition's (lib/brand.ts). */
  brand?: Partial<Pick<Brand, 'company' | 'shortName' | 'careersText'>>
}

/**
 * The shape of `site.config.mjs`, the blog's one configuration file. Environment variables with
 * the same meaning override these values at build time (named beside each field); lib/config.ts
 * reads the file, applies them and checks every value.
 */
export interface SiteConfigFile {
  /** Shown in the header, titles, feeds and social images. */
  name: string
  /** One or two sentences: the home page, feeds and search results. */
  description: string
  /** The origin the blog is served from, without a path (`SITE_URL`). */
  url: string
  /** '' at a domain root, or the path it lives under, e.g. '/blog' (`BASE_PATH`). */
  basePath: string
  /**
   * Optional. The address the blog's feeds first named their posts under (origin and base path, e.g.
   * 'https://blog.example.com/blog'): each post's feed id (RSS guid, Atom id, JSON Feed id) is this
   * address plus the post's path, so moving the blog (`url`, `basePath`, `SITE_URL` or `BASE_PATH`)
   * keeps every id and no feed reader or `npm run notify` takes an old post for a new one. Absent:
   * `url` and `basePath` of this file, never their environment overrides. Before changing `url` or
   * `basePath` here, set this to the old address (`SITE_FEED_ID_BASE`).
   */
  feedIdBase?: string
  /** BCP 47 locale of the pages, e.g. 'ko-KR' (`<html lang>` uses its language part). */
  locale: string
  /**
   * Optional. The blog's other languages, each an edition under its own path (docs/editions.md): a
   * post with `lang: en` belongs to the edition whose locale is English, and every view (home, lists,
   * feeds, search, sitemap, llms.txt) exists once per edition. `locale`, `name` and `description`
   * above are the first edition's, which lives at the site root. Absent or empty: one edition.
   */
  editions?: readonly EditionConfigFile[]
  /** IANA time zone in which front-matter dates without an offset are read and shown. */
  timeZone: string
  /** Origins of the blog's old addresses: absolute links to them in posts become internal links. */
  legacyOrigins: readonly string[]
  /**
   * The company behind the blog (lib/brand.ts describes each field): company, shortName, aboutUrl,
   * careersUrl ('' for no careers link), careersText, accent (#rrggbb, readable on white). The
   * `SITE_*` variables override them.
   */
  brand: Omit<Brand, 'accentOnDark'>
  /** Links in the footer. */
  links: {
    /** The organisation's GitHub page; '' shows none. */
    github: string
    /**
     * Where a post's file can be edited: the repository's edit address up to the branch, e.g.
     * 'https://github.com/org/blog/edit/main'; each post then links to its file there. '' shows no
     * link (`SITE_EDIT_URL`).
     */
    edit: string
  }
  /** giscus comments under posts, loaded only when a reader asks; null for none (`GISCUS_*`). */
  comments: { repo: string; repoId: string; category: string; categoryId: string } | null
  /** Cookie-free visit counts (docs/privacy.md); null for none (`ANALYTICS_*`). */
  analytics: { scriptUrl: string; siteId: string } | null
  /** Where the subscribe page sends readers: a form's https address or an e-mail address; '' for none (`SUBSCRIBE_*`). */
  subscribe: { formUrl: string; email: string }
  /**
   * Share buttons beyond the plain links. `kakaoJavaScriptKey`: the JavaScript key of a Kakao app
   * (카카오디벨로퍼스, 앱 키) whose web domains include the blog's; a "카카오톡" button then loads
   * Kakao's SDK when pressed, and only then. '' or no `share` for none (`KAKAO_JS_KEY`).
   */
  share?: { kakaoJavaScriptKey: string }
}
