import { SiteLink } from '@/components/layout/site-link'
import type { Author, PostAuthor } from '@/lib/content'
import { authorUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

/**
 * Who wrote this: each registered author's name, role and bio, linking to their page, in byline
 * order. Names without a registered author have nothing more to say than the byline does.
 */
export function AuthorBox({ authors: written }: { authors: readonly PostAuthor<Author>[] }) {
  const authors = written.flatMap(({ author }) => (author ? [author] : []))
  if (authors.length === 0) return null
  return (
    <aside className="author-box" aria-label={t.aboutAuthors(authors.length)}>
      {authors.map((author) => (
        <div key={author.id} className="author-box__person">
          <p className="author-box__name">
            <SiteLink href={authorUrl(author.id)} rel="author">
              {author.name}
            </SiteLink>
            {author.role && <span className="author-box__role"> · {author.role}</span>}
          </p>
          {author.bio && <p className="author-box__bio">{author.bio}</p>}
        </div>
      ))}
    </aside>
  )
}
