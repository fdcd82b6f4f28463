import { messagesFor, t } from '@/lib/i18n'
import { languageLinks } from '@/lib/site/editions'

/**
 * The header's way to the blog's other languages: each edition's name in its own language, to that
 * edition's home. Nothing in a blog with one edition.
 */
export function LanguageSwitch() {
  const links = languageLinks()
  if (links.length === 0) return null
  return (
    <nav className="language-switch" aria-label={t.languageSwitchLabel}>
      {links.map((link) => (
        <a
          key={link.edition.language}
          href={link.href}
          hrefLang={link.edition.language}
          lang={link.edition.language}
          rel="alternate"
        >
          {messagesFor(link.edition.language).languageName}
        </a>
      ))}
    </nav>
  )
}
