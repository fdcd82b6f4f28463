// @ts-check
// Plain JavaScript so that next.config.js, which Node loads without a TypeScript step, shares the
// rule with lib/config.ts.

/**
 * Normalises a base path from the environment: '', '/', 'blog', '/blog/' -> '' or '/blog'.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normalizeBasePath(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '' : `/${trimmed}`
}
