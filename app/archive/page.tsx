import { SiteLink } from '@/components/layout/site-link'
import { PostDate } from '@/components/post/post-date'
import { groupByYearMonth } from '@/lib/content/archive'
import { getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { site } from '@/lib/config'

export const metadata = buildPageMetadata({
  title: '아카이브',
  description: '모든 글을 연도와 달별로',
  path: '/archive/',
})

export default function ArchivePage() {
  const posts = getPublishedPosts()
  const years = groupByYearMonth(posts, site.timeZone)
  return (
    <>
      <h1 className="page-title">아카이브</h1>
      <p className="page-lead">글 {posts.length}개</p>
      {years.map(({ year, months }) => (
        <section key={year} className="archive-year" aria-labelledby={`y${year}`}>
          <h2 id={`y${year}`}>{year}년</h2>
          {months.map(({ month, posts: monthPosts }) => (
            <section key={month} aria-labelledby={`y${year}-${month}`}>
              <h3 id={`y${year}-${month}`}>{Number(month)}월</h3>
              <ul className="archive-list">
                {monthPosts.map((post) => (
                  <li key={post.slug}>
                    <PostDate iso={post.publishedAt} /> <SiteLink href={post.url}>{post.title}</SiteLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  )
}
