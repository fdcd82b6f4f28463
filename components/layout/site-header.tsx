import { SiteLink } from '@/components/layout/site-link'
import { SEARCH_INDEX_PATH } from '@/lib/search/index-file'
import { SEARCH_PAGE_PATH } from '@/lib/search/search-url'
import { site, withBasePath } from '@/lib/config'
import { THEME_TOGGLE_SLOT } from '@/components/enhance/theme-toggle'
import { BrandMark } from './brand-mark'
import './layout.css'
import './theme-picker.css'

/** `also`: other sections the item stands for (components/enhance/current-section.ts marks it there too). */
const NAV_ITEMS = [
  { href: '/', label: '최신 글', also: '/page/' },
  { href: '/series/', label: '시리즈' },
  { href: '/tags/', label: '태그', also: '/categories/' },
  { href: '/authors/', label: '글쓴이' },
  { href: '/archive/', label: '아카이브' },
] as const

function NavList() {
  return (
    <ul className="site-nav">
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <SiteLink href={item.href} data-section={'also' in item ? item.also : undefined}>
            {item.label}
          </SiteLink>
        </li>
      ))}
    </ul>
  )
}

/**
 * One row, at most 64 px on a phone: the wordmark, the menu, a search link and the theme picker's
 * place. The menu is rendered twice and CSS shows one: a row of links on wide screens, a <details>
 * panel on phones (works without JavaScript). Search is a link to the search page, whose box takes
 * the query; focusing or pointing at the link warms the index (components/enhance/search-warm-up.ts).
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        본문으로 건너뛰기
      </a>
      <div className="site-header__inner">
        <SiteLink className="brand" href="/" aria-label={`${site.name} 홈`}>
          <BrandMark />
          <span className="brand__name">{site.brand.shortName}</span>
        </SiteLink>
        <nav className="site-header__nav" aria-label="주 메뉴">
          <NavList />
        </nav>
        <details className="site-menu">
          <summary className="icon-button">
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
              <path
                d="M3 5h14M3 10h14M3 15h14"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                fill="none"
              />
            </svg>
            <span className="sr-only">메뉴</span>
          </summary>
          <nav className="site-menu__panel" aria-label="주 메뉴">
            <NavList />
          </nav>
        </details>
        <a
          className="icon-button site-header__search"
          href={withBasePath(SEARCH_PAGE_PATH)}
          data-index-url={withBasePath(SEARCH_INDEX_PATH)}
        >
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            <circle cx="8.5" cy="8.5" r="5.5" stroke="currentColor" strokeWidth="2" fill="none" />
            <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="site-header__search-label">검색</span>
        </a>
        {/* The theme picker goes here once the page's script runs (components/enhance/theme-toggle.ts). */}
        {/* Opaque to React (inner HTML): on a page that keeps Next's runtime, hydration leaves the picker alone. */}
        <div className={THEME_TOGGLE_SLOT} dangerouslySetInnerHTML={{ __html: '' }} />
      </div>
    </header>
  )
}
