import { editionOf, getTranslationLag, type Post } from '@/lib/content'
import { editionHref, site } from '@/lib/config'
import { messagesFor, t } from '@/lib/i18n'
import { languageLinks } from '@/lib/site/editions'

/** Under a post's title: the same post in the blog's other languages, each offered in its own language. */
export function TranslationLinks({ post }: { post: Post }) {
  const links = languageLinks(post).filter((link) => link.translated)
  if (links.length === 0) return null
  return (
    <p className="post__translations">
      {links.map((link) => (
        <a
          key={link.edition.language}
          className="post__translation"
          href={link.href}
          hrefLang={link.edition.language}
          lang={link.edition.language}
          rel="alternate"
          data-translation
        >
          {messagesFor(link.edition.language).readThisPostIn}
        </a>
      ))}
    </p>
  )
}

/**
 * On a translation whose original changed after it (git's history, lib/content `getTranslationLag`):
 * says so with the original's date, and links to the original.
 */
export function TranslationLag({ post }: { post: Post }) {
  const lag = getTranslationLag(post)
  if (lag === null) return null
  const { original, originalChangedAt } = lag
  const edition = editionOf(original)
  const link = (
    <a href={editionHref(edition, original.url)} hrefLang={edition.language}>
      {t.originalPost}
    </a>
  )
  return (
    <p className="post__translation-lag" role="note" data-translation-lag>
      {t.translationBehind(
        <time key="date" dateTime={originalChangedAt}>
          {t.date(originalChangedAt, site.timeZone)}
        </time>,
        <span key="original">{link}</span>,
      )}
    </p>
  )
}
