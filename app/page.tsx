import { LatestPosts } from '@/components/post/latest-posts'
import { buildPageMetadata } from '@/lib/metadata'
import { site } from '@/lib/site'

export const metadata = buildPageMetadata({ path: '/' })

export default function HomePage() {
  return (
    <>
      <section className="intro">
        <h1>{site.name}</h1>
        <p>{site.description}</p>
      </section>
      <LatestPosts page={1} />
    </>
  )
}
