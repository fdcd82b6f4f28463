import { SiteLink } from '@/components/layout/site-link'
import { SearchBox } from '@/components/search/search-box'
import { SEARCH_INDEX_PATH } from '@/lib/search/index-file'
import { SEARCH_PAGE_PATH } from '@/lib/search/search-url'
import { site, withBasePath } from '@/lib/config'
import { THEME_TOGGLE_SLOT } from '@/components/enhance/theme-toggle'
import './layout.css'

const NAV_ITEMS = [
  { href: '/', label: '최신 글' },
  { href: '/series/', label: '시리즈' },
  { href: '/tags/', label: '태그' },
  { href: '/authors/', label: '글쓴이' },
  { href: '/archive/', label: '아카이브' },
] as const

/** Skip link, blog name, the main navigation, the search box and the theme toggle's place, on every page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        본문으로 건너뛰기
      </a>
      <div className="site-header__inner">
        <SiteLink className="site-header__name" href="/">
          {site.name}
        </SiteLink>
        <nav className="site-header__nav" aria-label="주 메뉴">
          <ul className="site-nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href}>{item.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox action={withBasePath(SEARCH_PAGE_PATH)} indexUrl={withBasePath(SEARCH_INDEX_PATH)} />
        {/* The theme toggle goes here once the page's script runs (components/enhance/theme-toggle.ts). */}
        {/* Opaque to React (inner HTML): on a page that keeps Next's runtime, hydration leaves the button alone. */}
        <div className={THEME_TOGGLE_SLOT} dangerouslySetInnerHTML={{ __html: '' }} />
      </div>
    </header>
  )
}
