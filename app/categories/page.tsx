import { TermIndex } from '@/components/taxonomy/term-index'
import { buildPageMetadata } from '@/lib/site/metadata'

export const metadata = buildPageMetadata({
  title: '카테고리',
  description: '블로그의 모든 카테고리와 글 수',
  path: '/categories/',
})

export default function CategoriesPage() {
  return <TermIndex kind="categories" />
}
