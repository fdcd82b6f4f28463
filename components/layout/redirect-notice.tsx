import { SiteLink } from '@/components/layout/site-link'
import { withBasePath } from '@/lib/config'
import { EMPTY_LIST_MARKER } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

/**
 * A page that has moved: an immediate meta refresh (no JavaScript needed, works on any static
 * host) and a plain link for readers and crawlers that do not follow it. Callers set the
 * canonical URL to `to` in their metadata.
 */
export function RedirectNotice({ to, label }: { to: string; label: string }) {
  return <RedirectSection to={to} label={label} marker={{}} />
}

/**
 * The one route a static export needs for a list that is empty (no tags, no series...): marked,
 * so the build removes it from the export (pipeline/stages/prune-export.ts).
 */
export function EmptyListPlaceholder({ to, label }: { to: string; label: string }) {
  return <RedirectSection to={to} label={label} marker={{ [EMPTY_LIST_MARKER]: '' }} />
}

function RedirectSection({ to, label, marker }: { to: string; label: string; marker: Record<string, string> }) {
  return (
    <section className="redirect-notice" {...marker}>
      {/* React hoists this into <head>. */}
      <meta httpEquiv="refresh" content={`0; url=${withBasePath(to)}`} />
      <h1>{t.movedTitle}</h1>
      <p>
        {t.movedTo(
          <SiteLink key="link" href={to}>
            {label}
          </SiteLink>,
        )}
      </p>
    </section>
  )
}
