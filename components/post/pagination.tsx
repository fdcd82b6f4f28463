import { SiteLink } from '@/components/layout/site-link'
import { pageUrl } from '@/lib/content/posts'
import { t } from '@/lib/i18n'

/** Newer/older page links and "page N of M" for a paginated list rooted at `base`. */
export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <SiteLink href={pageUrl(base, page - 1)} rel="prev">
          {t.newerPage}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <SiteLink href={pageUrl(base, page + 1)} rel="next">
          {t.olderPage}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
