import { site } from '@/lib/site'

/** Feeds, the team's GitHub and the copyright line. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <ul className="site-footer__links">
        <li>
          <a href={site.githubUrl} rel="noopener noreferrer">
            GitHub
          </a>
        </li>
      </ul>
      <p>© {site.name}</p>
    </footer>
  )
}
