import { SiteLink } from '@/components/layout/site-link'
import type { Author } from '@/lib/content'
import { authorUrl } from '@/lib/urls'

/** Who wrote this: name, role and bio, linking to the author's page. */
export function AuthorBox({ author }: { author: Author }) {
  return (
    <aside className="author-box" aria-label="글쓴이 소개">
      <p className="author-box__name">
        <SiteLink href={authorUrl(author.id)} rel="author">
          {author.name}
        </SiteLink>
        {author.role && <span className="author-box__role"> · {author.role}</span>}
      </p>
      {author.bio && <p className="author-box__bio">{author.bio}</p>}
    </aside>
  )
}
