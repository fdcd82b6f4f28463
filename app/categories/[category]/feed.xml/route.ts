import { termFeed, termFeedParams } from '@/lib/site/feed-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return termFeedParams('categories').map(({ slug }) => ({ category: slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }) {
  return termFeed('categories', (await params).category)
}
