import { SiteLink } from '@/components/layout/site-link'
import { getTerms, type TermKind } from '@/lib/content'
import { TERM_LABELS, termUrl } from '@/lib/site/urls'

/** Every tag or category with its number of posts, most used first. */
export function TermIndex({ kind }: { kind: TermKind }) {
  const terms = getTerms(kind)
  return (
    <>
      <h1 className="page-title">{TERM_LABELS[kind].title}</h1>
      <p className="page-lead">
        {TERM_LABELS[kind].noun} {terms.length}개
      </p>
      <ul className="term-index">
        {terms.map((term) => (
          <li key={term.slug}>
            <SiteLink href={termUrl(kind, term.slug)}>
              <span className="term-index__name">{term.name}</span>
              <span className="term-index__count">
                {term.posts.length}
                <span className="sr-only">개의 글</span>
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  )
}
