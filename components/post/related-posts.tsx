import { SiteLink } from '@/components/layout/site-link'
import type { Post } from '@/lib/content'
import { t } from '@/lib/i18n'
import { PostDate } from './post-date'

/** Up to three related posts under an article. */
export function RelatedPosts({ posts }: { posts: readonly Post[] }) {
  if (posts.length === 0) return null
  return (
    <section className="related-posts" aria-labelledby="related-posts-title">
      <h2 id="related-posts-title">{t.relatedPosts}</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <SiteLink href={post.url}>{post.title}</SiteLink> <PostDate iso={post.publishedAt} />
          </li>
        ))}
      </ul>
    </section>
  )
}
