// `npm run dev` only: next.config.js gives the `.dev.ts` extension to routes in development, so this
// file is no route of the export. It serves the files of posts kept as a folder
// (content/posts/<name>/index.md beside shot.png) at the address the build publishes them under,
// `/<slug>/shot.png`, read from disk on every request: a replaced picture shows on the next load. The
// build copies the same files instead (the Post files stage).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getPublishedPosts } from '@/lib/content'
import { bundleExports } from '@/lib/schema/bundles'
import { exportedParams } from '@/lib/site/export-scope'

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

function postFiles() {
  return getPublishedPosts().flatMap((post) =>
    bundleExports(path.join(process.env.CONTENT_DIR ?? 'content', post._raw.sourceFilePath), post.slug),
  )
}

export function generateStaticParams() {
  return exportedParams(
    // As written and percent-encoded: `next dev` compares a request's params in one form or the other.
    postFiles().flatMap(({ to }) => {
      const [slug = '', ...file] = to.split(path.sep)
      return [
        { slug, file },
        { slug: encodeURIComponent(slug), file: file.map((segment) => encodeURIComponent(segment)) },
      ]
    }),
  )
}

type Props = { params: Promise<{ slug: string; file: string[] }> }

export async function GET(_request: Request, { params }: Props) {
  const { slug, file } = await params
  const wanted = path.join(decodeURIComponent(slug), ...file.map((segment) => decodeURIComponent(segment)))
  const found = postFiles().find(({ to }) => to.normalize('NFC') === wanted.normalize('NFC'))
  if (!found) return new Response('없는 파일입니다', { status: 404 })
  return new Response(readFileSync(found.from), {
    headers: {
      'Content-Type': TYPES[path.extname(found.from).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    },
  })
}
