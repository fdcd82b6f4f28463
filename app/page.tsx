import { PagedPostList } from '@/components/post/paged-post-list'
import { getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { site } from '@/lib/config'

export const metadata = buildPageMetadata({ path: '/' })

export default function HomePage() {
  return (
    <>
      <section className="intro intro--home">
        <h1>{site.name}</h1>
        <p>{site.description}</p>
      </section>
      <PagedPostList posts={getPublishedPosts()} base="/" page={1} featureFirst />
    </>
  )
}
