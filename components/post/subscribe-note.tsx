import { SiteLink } from '@/components/layout/site-link'
import { integrations } from '@/lib/site/integrations'

/** The subscribe page's address (app/subscribe/page.tsx). */
export const SUBSCRIBE_PATH = '/subscribe/'

/** One line at the end of every post: where to hear about the next one (e-mail only where the site takes subscribers). */
export function SubscribeNote() {
  const { formUrl, email } = integrations.subscribe
  const by = formUrl || email ? '피드 리더나 이메일로' : '피드 리더로'
  return (
    <p className="subscribe-note">
      다음 글 소식을 받고 싶다면 <SiteLink href={SUBSCRIBE_PATH}>구독하기</SiteLink>: {by} 새 글을 알려 드립니다.
    </p>
  )
}
