import { SiteLink } from '@/components/layout/site-link'
import { SEARCH_INDEX_PATH } from '@/lib/search/index-file'
import { SEARCH_PAGE_PATH } from '@/lib/search/search-url'
import { site, withBasePath } from '@/lib/config'
import { t } from '@/lib/i18n'
import { THEME_TOGGLE_SLOT } from '@/components/enhance/theme-toggle'
import { BrandMark } from './brand-mark'
import { LanguageSwitch } from '@/components/edition/language-switch'
import './layout.css'
import './theme-picker.css'

/** `also`: other sections the item stands for (components/enhance/current-section.ts marks it there too). */
const NAV_ITEMS = [
  { href: '/', label: t.latest, also: '/page/' },
  { href: '/series/', label: t.series },
  { href: '/tags/', label: t.termTitle.tags, also: '/categories/' },
  { href: '/authors/', label: t.authors },
  { href: '/archive/', label: t.archive },
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

/** The theme picker's words, for the page's script that builds it (components/enhance/theme-picker-view.ts). */
function themeWords() {
  const { system, light, dark } = t.themeChoice
  return {
    'data-legend': t.theme,
    'data-system': system,
    'data-light': light,
    'data-dark': dark,
    'data-system-name': t.themeCurrent(system),
    'data-light-name': t.themeCurrent(light),
    'data-dark-name': t.themeCurrent(dark),
  }
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
        {t.skipToContent}
      </a>
      <div className="site-header__inner">
        <SiteLink className="brand" href="/" aria-label={t.home(site.name)}>
          <BrandMark />
          <span className="brand__name">{site.brand.shortName}</span>
        </SiteLink>
        <nav className="site-header__nav" aria-label={t.mainMenu}>
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
            <span className="sr-only">{t.menu}</span>
          </summary>
          <nav className="site-menu__panel" aria-label={t.mainMenu}>
            <NavList />
          </nav>
        </details>
        <LanguageSwitch />
        <a
          className="icon-button site-header__search"
          href={withBasePath(SEARCH_PAGE_PATH)}
          data-index-url={withBasePath(SEARCH_INDEX_PATH)}
        >
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            <circle cx="8.5" cy="8.5" r="5.5" stroke="currentColor" strokeWidth="2" fill="none" />
            <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="site-header__search-label">{t.search}</span>
        </a>
        {/* The theme picker goes here once the page's script runs (components/enhance/theme-toggle.ts). */}
        {/* Opaque to React (inner HTML): on a page that keeps Next's runtime, hydration leaves the picker alone. */}
        {/* Its words are the slot's data-* attributes (theme-picker-view.ts reads them). */}
        <div className={THEME_TOGGLE_SLOT} {...themeWords()} dangerouslySetInnerHTML={{ __html: '' }} />
      </div>
    </header>
  )
}
