import type { Metadata } from 'next'
import { site, withBasePath } from './site'

export interface PageMetaInput {
  title?: string
  description?: string
  /** Site-internal path of the page, e.g. `/kubecon-1/`. */
  path: string
}

/** Title, description and canonical URL of one page; the root layout adds the rest. */
export function buildPageMetadata({ title, description, path }: PageMetaInput): Metadata {
  return {
    ...(title !== undefined ? { title } : {}),
    description: description ?? site.description,
    alternates: { canonical: withBasePath(path) },
  }
}
