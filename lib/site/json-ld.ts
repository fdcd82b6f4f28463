/**
 * JSON for a `<script type="application/ld+json">` block. Author text (a title with
 * `</script>`, `<!--`, quotes, `&`) cannot end the block or start markup: `<`, `>` and `&` become
 * Unicode escapes, as do the line separators JavaScript parsers choke on.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface BlogPostingInput {
  title: string
  description?: string | undefined
  url: string
  publishedAt: string
  updatedAt?: string | undefined
  /** In byline order; one is written as an object, several as an array; with none, the publisher is the author. */
  authors: readonly { name: string; url?: string | undefined }[]
  tags: readonly string[]
  image?: string | undefined
  publisher: { name: string; url: string }
  language: string
}

/** schema.org BlogPosting for a post. */
export function blogPostingJsonLd(input: BlogPostingInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url }
  const people = input.authors.map((author) => ({
    '@type': 'Person',
    name: author.name,
    ...(author.url ? { url: author.url } : {}),
  }))
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: input.title,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.publishedAt,
    dateModified: input.updatedAt ?? input.publishedAt,
    inLanguage: input.language,
    // Search engines want an author on every article: a post that names none is the company's.
    author: people.length === 0 ? publisher : people.length === 1 ? people[0] : people,
    ...(input.tags.length > 0 ? { keywords: input.tags.join(', ') } : {}),
    ...(input.image ? { image: input.image } : {}),
    publisher,
  }
}
