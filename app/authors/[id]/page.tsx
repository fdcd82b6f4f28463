import { notFound } from 'next/navigation'
import { AuthorProfile } from '@/components/author/author-profile'
import { RedirectNotice } from '@/components/layout/redirect-notice'
import { PostList } from '@/components/post/post-list'
import { getAuthorById, getAuthors, getPostsByAuthor } from '@/lib/content'
import { buildPageMetadata } from '@/lib/metadata'
import { EMPTY_LIST_PLACEHOLDER, authorUrl } from '@/lib/urls'

export const dynamicParams = false

export function generateStaticParams() {
  const authors = getAuthors()
  return authors.length > 0 ? authors.map((author) => ({ id: author.id })) : [{ id: EMPTY_LIST_PLACEHOLDER }]
}

type Props = { params: Promise<{ id: string }> }

async function findAuthor(params: Props['params']) {
  return getAuthorById(decodeURIComponent((await params).id))
}

export async function generateMetadata({ params }: Props) {
  const author = await findAuthor(params)
  if (!author) return {}
  return buildPageMetadata({ title: `${author.name}의 글`, description: author.bio ?? `${author.name}이(가) 쓴 글`, path: authorUrl(author.id), feed: { title: `${author.name} (RSS)`, path: authorUrl(author.id) } })
}

export default async function AuthorPage({ params }: Props) {
  if ((await params).id === EMPTY_LIST_PLACEHOLDER) return <RedirectNotice to="/authors/" label="글쓴이 목록" />
  const author = await findAuthor(params)
  if (!author) notFound()
  const posts = getPostsByAuthor(author.id)
  return (
    <>
      <AuthorProfile author={author} />
      <h2 className="section-title">쓴 글 {posts.length}개</h2>
      <PostList posts={posts} headingLevel={3} />
    </>
  )
}
