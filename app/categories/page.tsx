import { TermIndex } from '@/components/taxonomy/term-index'
import { buildPageMetadata } from '@/lib/site/metadata'
import { t } from '@/lib/i18n'

export const metadata = buildPageMetadata({
  title: t.termTitle.categories,
  description: t.termIndexDescription.categories,
  path: '/categories/',
})

export default function CategoriesPage() {
  return <TermIndex kind="categories" />
}
