import { SiteLink } from '@/components/layout/site-link'
import { getTerms, type TermKind } from '@/lib/content'
import { termUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

/** Every tag or category with its number of posts, most used first. */
export function TermIndex({ kind }: { kind: TermKind }) {
  const terms = getTerms(kind)
  return (
    <>
      <h1 className="page-title">{t.termTitle[kind]}</h1>
      <p className="page-lead">{t.termIndexLead[kind](terms.length)}</p>
      <ul className="term-index">
        {terms.map((term) => (
          <li key={term.slug}>
            <SiteLink href={termUrl(kind, term.slug)}>
              <span className="term-index__name">{term.name}</span>
              <span className="term-index__count">
                {term.posts.length}
                <span className="sr-only">{t.termPostCount(term.posts.length)}</span>
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  )
}
