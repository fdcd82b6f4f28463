import type { ComponentPropsWithoutRef } from 'react'
import { withBasePath } from '@/lib/config'

/**
 * A link to a page of this site: a plain `<a>` with the base path, a full page load. Most exported
 * pages carry no Next.js runtime (pipeline/stages/page-runtime.ts), so there is no client router to hand
 * the link to, and none would find the RSC files those pages no longer ship.
 */
export function SiteLink({ href, ...props }: ComponentPropsWithoutRef<'a'> & { href: string }) {
  return <a href={withBasePath(href)} {...props} />
}
