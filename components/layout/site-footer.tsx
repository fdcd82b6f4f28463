import { SUBSCRIBE_PATH } from '@/components/post/subscribe-note'
import { FEED_FILES, feedPath, type FeedFormat } from '@/lib/site/feeds'
import { site, withBasePath } from '@/lib/config'

const FEEDS: FeedFormat[] = ['rss', 'atom', 'json']

/** The subscribe page, the blog's feeds, the team's GitHub and the copyright line. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label="구독과 링크">
          <ul className="site-footer__links">
            <li>
              <a href={withBasePath(SUBSCRIBE_PATH)}>구독하기</a>
            </li>
            {FEEDS.map((format) => (
              // Plain links: feeds are files, not pages the client router could open.
              <li key={format}>
                <a href={withBasePath(feedPath({ path: '/' }, format))} type={FEED_FILES[format].type}>
                  {FEED_FILES[format].label}
                </a>
              </li>
            ))}
            <li>
              <a href={site.githubUrl} rel="noopener noreferrer">
                GitHub
              </a>
            </li>
          </ul>
        </nav>
        <p className="site-footer__copyright">© {site.name}</p>
      </div>
    </footer>
  )
}
