import type { Author } from '@/lib/content'
import { t } from '@/lib/i18n'

function githubUrl(handle: string): string {
  return handle.startsWith('http') ? handle : `https://github.com/${handle}`
}

function linkedinUrl(handle: string): string {
  return handle.startsWith('http') ? handle : `https://www.linkedin.com/in/${handle}`
}

/** An author's name, role, bio and contact links. */
export function AuthorProfile({ author }: { author: Author }) {
  return (
    <header className="author-profile">
      <h1 className="page-title">{author.name}</h1>
      {author.role && <p className="card__meta">{author.role}</p>}
      {author.bio && <p className="page-lead">{author.bio}</p>}
      <ul className="author-profile__links">
        {author.github && (
          <li>
            <a href={githubUrl(author.github)} rel="noopener noreferrer me">
              GitHub
            </a>
          </li>
        )}
        {author.linkedin && (
          <li>
            <a href={linkedinUrl(author.linkedin)} rel="noopener noreferrer me">
              LinkedIn
            </a>
          </li>
        )}
        {author.email && (
          <li>
            <a href={`mailto:${author.email}`}>{t.authorEmail}</a>
          </li>
        )}
      </ul>
    </header>
  )
}
