import { SiteLink } from '@/components/layout/site-link'
import { edition } from '@/lib/config'
import { messagesFor, t } from '@/lib/i18n'
import { languageLinks } from '@/lib/site/editions'

export const metadata = { title: t.notFoundTitle }

/**
 * The 404 page. A static host answers every missing address with the site's own (the first
 * edition's), an English one under /en/ included: it also says, in each other edition's language,
 * where that edition's home is.
 */
export default function NotFound() {
  const others = edition.path === '' ? languageLinks() : []
  return (
    <section className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <SiteLink href="/">{t.notFoundHome}</SiteLink>
      </p>
      {others.map((other) => (
        <p key={other.edition.language} lang={other.edition.language}>
          <a href={other.href} hrefLang={other.edition.language}>
            {messagesFor(other.edition.language).notFoundEdition}
          </a>
        </p>
      ))}
    </section>
  )
}
