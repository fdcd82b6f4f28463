import { TermIndex } from '@/components/taxonomy/term-index'
import { buildPageMetadata } from '@/lib/site/metadata'

export const metadata = buildPageMetadata({ title: '태그', description: '블로그의 모든 태그와 글 수', path: '/tags/' })

export default function TagsPage() {
  return <TermIndex kind="tags" />
}
