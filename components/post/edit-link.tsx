import type { Post } from '@/lib/content'
import { site } from '@/lib/config'
import { t } from '@/lib/i18n'

/** "Edit this post": the post's Markdown file in the repository, when site.config.mjs names one (links.edit). */
export function EditLink({ post }: { post: Pick<Post, 'sourcePath'> }) {
  if (site.editUrl === '') return null
  const file = post.sourcePath.split('/').map(encodeURIComponent).join('/')
  return (
    <p className="post-edit">
      <a href={`${site.editUrl}/${file}`} rel="noopener noreferrer">
        {t.editOnGitHub}
      </a>
    </p>
  )
}
