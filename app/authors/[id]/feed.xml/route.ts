import { authorFeed, authorFeedParams } from '@/lib/site/feed-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return authorFeedParams()
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return authorFeed((await params).id)
}
