import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostBody } from '@/components/post/post-body'
import { PostByline } from '@/components/post/post-byline'
import { ShareButtons } from '@/components/post/share-buttons'
import { TagList } from '@/components/post/tag-list'
import { getPostBySlug, getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/metadata'
import { socialImageFor } from '@/lib/social-image'

export const dynamicParams = false

/** Raw slugs: Next writes `out/<slug>/index.html` with Hangul and spaces as they are. */
export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }))
}

type Props = { params: Promise<{ slug: string }> }

/** The page receives the slug percent-encoded; decode it exactly once before the look-up. */
async function findPost(params: Props['params']) {
  const { slug } = await params
  return getPostBySlug(decodeURIComponent(slug))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params)
  if (!post) return {}
  const image = socialImageFor(post)
  return {
    ...buildPageMetadata({ title: post.title, description: post.description, path: post.url }),
    openGraph: { images: [image] },
    twitter: { card: 'summary_large_image', images: [image] },
  }
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params)
  if (!post) notFound()
  return (
    <article className="post">
      <header className="post__header">
        <h1 className="post__title">{post.title}</h1>
        <PostByline post={post} />
        <TagList tags={post.tagList} />
      </header>
      <PostBody html={post.body.html} />
      <ShareButtons path={post.url} title={post.title} />
    </article>
  )
}
