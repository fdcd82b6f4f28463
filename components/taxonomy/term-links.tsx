import { SiteLink } from '@/components/layout/site-link'
import { getTermFor, type TermKind } from '@/lib/content'
import { termUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

/** A post's tags or categories as links to their pages, in the blog-wide spelling. */
export function TermLinks({ kind, terms }: { kind: TermKind; terms: readonly string[] }) {
  const resolved = terms.flatMap((spelling) => getTermFor(kind, spelling) ?? [])
  if (resolved.length === 0) return null
  return (
    <ul className={`term-links term-links--${kind}`} aria-label={t.termTitle[kind]}>
      {resolved.map((term) => (
        <li key={term.slug}>
          <SiteLink className="tag" href={termUrl(kind, term.slug)}>
            {kind === 'tags' ? `#${term.name}` : term.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  )
}
