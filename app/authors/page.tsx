import { SiteLink } from '@/components/layout/site-link'
import { getAuthors, getPostsByAuthor } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { authorUrl } from '@/lib/site/urls'

export const metadata = buildPageMetadata({
  title: '글쓴이',
  description: '블로그에 글을 쓰는 사람들',
  path: '/authors/',
})

export default function AuthorsPage() {
  const authors = getAuthors()
  return (
    <>
      <h1 className="page-title">글쓴이</h1>
      <p className="page-lead">글을 쓰는 사람 {authors.length}명</p>
      <ul className="card-list">
        {authors.map((author) => (
          <li key={author.id} className="card">
            <h2 className="card__title">
              <SiteLink href={authorUrl(author.id)}>{author.name}</SiteLink>
            </h2>
            {author.role && <p className="card__meta">{author.role}</p>}
            {author.bio && <p className="card__text">{author.bio}</p>}
            <p className="card__meta">글 {getPostsByAuthor(author.id).length}개</p>
          </li>
        ))}
      </ul>
    </>
  )
}
