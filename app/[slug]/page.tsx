import { notFound } from 'next/navigation'
import { StaticPage } from '@/components/page/static-page'
import { PostBody } from '@/components/post/post-body'
import { PostByline } from '@/components/post/post-byline'
import { TagList } from '@/components/post/tag-list'
import { getPageBySlug, getPages, getPostBySlug, getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/metadata'

export const dynamicParams = false

/**
 * Raw slugs: Next writes `out/<slug>/index.html` with Hangul and spaces as they are. Standalone
 * pages share this top-level segment; `npm run check` keeps their slugs apart from posts'.
 */
export function generateStaticParams() {
  return [...getPublishedPosts(), ...getPages()].map((doc) => ({ slug: doc.slug }))
}

type Props = { params: Promise<{ slug: string }> }

/** The page receives the slug percent-encoded; decode it exactly once before the look-up. */
async function findDocument(params: Props['params']) {
  const slug = decodeURIComponent((await params).slug)
  const post = getPostBySlug(slug)
  return post ? { post } : { page: getPageBySlug(slug) }
}

export async function generateMetadata({ params }: Props) {
  const { post, page } = await findDocument(params)
  const doc = post ?? page
  if (!doc) return {}
  return buildPageMetadata({ title: doc.title, description: doc.description, path: doc.url })
}

export default async function PostPage({ params }: Props) {
  const { post, page } = await findDocument(params)
  if (page) return <StaticPage page={page} />
  if (!post) notFound()
  return (
    <article className="post">
      <header className="post__header">
        <h1 className="post__title">{post.title}</h1>
        <PostByline post={post} />
        <TagList tags={post.tagList} />
      </header>
      <PostBody html={post.body.html} />
    </article>
  )
}
