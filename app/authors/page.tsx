import { SiteLink } from '@/components/layout/site-link'
import { getAuthors, getPostsByAuthor } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { authorUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

export const metadata = buildPageMetadata({
  title: t.authors,
  description: t.authorsDescription,
  path: '/authors/',
})

export default function AuthorsPage() {
  const authors = getAuthors()
  return (
    <>
      <h1 className="page-title">{t.authors}</h1>
      <p className="page-lead">{t.authorsLead(authors.length)}</p>
      <ul className="card-list">
        {authors.map((author) => (
          <li key={author.id} className="card">
            <h2 className="card__title">
              <SiteLink href={authorUrl(author.id)}>{author.name}</SiteLink>
            </h2>
            {author.role && <p className="card__meta">{author.role}</p>}
            {author.bio && <p className="card__text">{author.bio}</p>}
            <p className="card__meta">{t.postCount(getPostsByAuthor(author.id).length)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
