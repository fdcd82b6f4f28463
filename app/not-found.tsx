import { SiteLink } from '@/components/layout/site-link'

export const metadata = { title: '페이지를 찾을 수 없습니다' }

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 없어진 페이지입니다. 최신 글 목록에서 찾아보세요.</p>
      <p>
        <SiteLink href="/">첫 페이지로 가기</SiteLink>
      </p>
    </section>
  )
}
