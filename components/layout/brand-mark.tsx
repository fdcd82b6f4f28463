/**
 * The blog's logo: a cloud over a stack of layers, drawn in the brand colour (--brand from the
 * site config, lib/site/brand.ts). Decorative: the wordmark beside it names the blog.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand__mark" aria-hidden="true" width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M10.5 17.5a4 4 0 0 1 .6-7.95A5.5 5.5 0 0 1 21.6 10a3.75 3.75 0 0 1-.35 7.5Z" fill="var(--bg)" />
      <path d="M8 21h16M11 25h10" stroke="var(--bg)" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}
