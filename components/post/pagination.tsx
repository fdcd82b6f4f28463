import { SiteLink } from '@/components/layout/site-link'
import { pageUrl } from '@/lib/content/posts'

/** Newer/older page links and "page N of M" for a paginated list rooted at `base`. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="페이지 이동">
      {page > 1 ? (
        <SiteLink href={pageUrl(base, page - 1)} rel="prev">
          ← 최근 글
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        {page} / {totalPages} 페이지
      </span>
      {page < totalPages ? (
        <SiteLink href={pageUrl(base, page + 1)} rel="next">
          이전 글 →
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
