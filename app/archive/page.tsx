import { SiteLink } from '@/components/layout/site-link'
import { PostDate } from '@/components/post/post-date'
import { groupByYearMonth } from '@/lib/content/archive'
import { getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { site } from '@/lib/config'
import { t } from '@/lib/i18n'

export const metadata = buildPageMetadata({
  title: t.archive,
  description: t.archiveDescription,
  path: '/archive/',
})

export default function ArchivePage() {
  const posts = getPublishedPosts()
  const years = groupByYearMonth(posts, site.timeZone)
  return (
    <>
      <h1 className="page-title">{t.archive}</h1>
      <p className="page-lead">{t.postCount(posts.length)}</p>
      {years.map(({ year, months }) => (
        <section key={year} className="archive-year" aria-labelledby={`y${year}`}>
          <h2 id={`y${year}`}>{t.archiveYear(year)}</h2>
          {months.map(({ month, posts: monthPosts }) => (
            <section key={month} aria-labelledby={`y${year}-${month}`}>
              <h3 id={`y${year}-${month}`}>{t.archiveMonth(Number(month))}</h3>
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
