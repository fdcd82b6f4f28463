import type { Author } from '@/lib/content'
import { initials } from '@/lib/content/initials'
import { coverSrc } from '@/lib/site/cover'

/**
 * A round picture of an author, or their initials on the brand colour when there is none.
 * Decorative: the name is always written beside it.
 */
export function AuthorAvatar({
  name,
  author,
  size = 28,
}: {
  name: string
  author?: Author | null | undefined
  size?: number
}) {
  const src = author?.avatar ? coverSrc(author.avatar) : undefined
  if (src)
    return (
      <img
        className={`avatar${size > 28 ? ' avatar--large' : ''}`}
        src={src}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
      />
    )
  return (
    <span className={`avatar avatar--initials${size > 28 ? ' avatar--large' : ''}`} aria-hidden="true">
      {initials(name)}
    </span>
  )
}
