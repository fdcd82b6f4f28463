import { SiteLink } from '@/components/layout/site-link'
import { t } from '@/lib/i18n'

export const metadata = { title: t.notFoundTitle }

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <SiteLink href="/">{t.notFoundHome}</SiteLink>
      </p>
    </section>
  )
}
