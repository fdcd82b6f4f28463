import { siteFeed } from '@/lib/site/feed-routes'

export const dynamic = 'force-static'

export function GET() {
  return siteFeed('json')
}
