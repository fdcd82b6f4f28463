import { SiteLink } from '@/components/layout/site-link'
import { integrations } from '@/lib/site/integrations'
import { t } from '@/lib/i18n'

/** The subscribe page's address (app/subscribe/page.tsx). */
export const SUBSCRIBE_PATH = '/subscribe/'

/** One line at the end of every post: where to hear about the next one (e-mail only where the site takes subscribers). */
export function SubscribeNote() {
  const { formUrl, email } = integrations.subscribe
  const link = (
    <SiteLink key="link" href={SUBSCRIBE_PATH}>
      {t.subscribe}
    </SiteLink>
  )
  return <p className="subscribe-note">{t.subscribeNote(link, Boolean(formUrl || email))}</p>
}
