import { SUBSCRIBE_PATH } from '@/components/post/subscribe-note'
import { FEED_FILES, feedPath, type FeedFormat } from '@/lib/site/feeds'
import { site, withBasePath } from '@/lib/config'
import { t } from '@/lib/i18n'
import { BrandMark } from './brand-mark'

const FEEDS: FeedFormat[] = ['rss', 'atom', 'json']

/** The company (about, careers, GitHub), the subscribe page and the blog's feeds, and the copyright line. */
export function SiteFooter() {
  const { brand } = site
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div className="site-footer__brand">
          <p className="site-footer__name">
            <BrandMark size={24} />
            <span>{site.name}</span>
          </p>
          <p className="site-footer__about">{site.description}</p>
        </div>
        <nav className="site-footer__nav" aria-label={t.footerNav}>
          <div>
            <h2 className="site-footer__heading">{brand.company}</h2>
            <ul className="site-footer__links">
              <li>
                <a href={brand.aboutUrl} rel="noopener noreferrer">
                  {t.aboutCompany}
                </a>
              </li>
              {brand.careersUrl && (
                <li>
                  <a href={brand.careersUrl} rel="noopener noreferrer">
                    {t.careers}
                  </a>
                </li>
              )}
              {site.githubUrl && (
                <li>
                  <a href={site.githubUrl} rel="noopener noreferrer">
                    GitHub
                  </a>
                </li>
              )}
            </ul>
          </div>
          <div>
            <h2 className="site-footer__heading">{t.footerSubscribe}</h2>
            <ul className="site-footer__links">
              <li>
                <a href={withBasePath(SUBSCRIBE_PATH)}>{t.subscribe}</a>
              </li>
              {FEEDS.map((format) => (
                // Plain links: feeds are files, not pages the client router could open.
                <li key={format}>
                  <a href={withBasePath(feedPath({ path: '/' }, format))} type={FEED_FILES[format].type}>
                    {FEED_FILES[format].label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <p className="site-footer__copyright">© {brand.company}</p>
      </div>
    </footer>
  )
}
