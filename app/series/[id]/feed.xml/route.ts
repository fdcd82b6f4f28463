import { seriesFeed, seriesFeedParams } from '@/lib/site/feed-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return seriesFeedParams()
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return seriesFeed((await params).id)
}
