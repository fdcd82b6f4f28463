import Link from 'next/link'
import type { ComponentProps } from 'react'
import { site, withBasePath } from '@/lib/site'

/**
 * A link to a page of this site. With light pages (lib/site.ts `lightPages`) most pages have no client
 * router, so a link from a page that still has one (the search page) must be a plain page load
 * too, or the router would fetch RSC data that light pages no longer ship.
 */
export function SiteLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  if (site.lightPages) return <a href={withBasePath(href)} {...props} />
  return <Link href={href} {...props} />
}
