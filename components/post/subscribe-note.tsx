import { SiteLink } from '@/components/layout/site-link'

/** The subscribe page's address (app/subscribe/page.tsx). */
export const SUBSCRIBE_PATH = '/subscribe/'

/** One line at the end of every post: where to hear about the next one. */
export function SubscribeNote() {
  return (
    <p className="subscribe-note">
      다음 글 소식을 받고 싶다면 <SiteLink href={SUBSCRIBE_PATH}>구독하기</SiteLink>: 피드 리더나 이메일로 새 글을 알려
      드립니다.
    </p>
  )
}
