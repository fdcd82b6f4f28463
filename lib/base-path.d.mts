/** Normalises a base path from the environment: '', '/', 'blog', '/blog/' -> '' or '/blog'. */
export function normalizeBasePath(raw: string | undefined): string
