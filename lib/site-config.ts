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
  /** BCP 47 locale of the pages, e.g. 'ko-KR' (`<html lang>` uses its language part). */
  locale: string
  /** IANA time zone in which front-matter dates without an offset are read and shown. */
  timeZone: string
  /** Origins of the blog's old addresses: absolute links to them in posts become internal links. */
  legacyOrigins: readonly string[]
  /** The company behind the blog. */
  brand: {
    /** In the footer and the copyright line (`SITE_COMPANY`). */
    company: string
    /** The short wordmark in the header (`SITE_SHORT_NAME`). */
    shortName: string
    /** The company's page about itself (`SITE_ABOUT_URL`). */
    aboutUrl: string
    /** Where to apply; '' shows no careers link or call-to-action (`SITE_CAREERS_URL`). */
    careersUrl: string
    /** One sentence above the careers link at the end of posts (`SITE_CAREERS_TEXT`). */
    careersText: string
    /** Links, buttons and the logo, #rrggbb, readable on white (`SITE_ACCENT`). */
    accent: string
  }
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
}
