// @ts-check
import { availableParallelism } from 'node:os'
import { normalizeBasePath } from './lib/base-path.mjs'

/**
 * Plain static files in out/: trailing-slash folders (`/kubecon-1/index.html`) as the old Jekyll
 * permalinks were, the base path (BASE_PATH, normalised as lib/config.ts does), and a fixed build id so
 * the same commit always exports the same bytes. Contentlayer runs as its own step before this build
 * (its Next.js plugin hooks into webpack, and Next 16 builds with Turbopack).
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: normalizeBasePath(process.env.BASE_PATH),
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  generateBuildId: () => 'static',
  // `npm run typecheck` (in npm test and CI) checks types before anything ships; the build does
  // not check them a second time.
  typescript: { ignoreBuildErrors: true },
  // Pages are rendered by one worker per core (Next's default leaves one core out, which on a
  // 2-core machine is half of it); NEXT_BUILD_WORKERS caps them where memory is short.
  experimental: { cpus: Number(process.env.NEXT_BUILD_WORKERS) || availableParallelism() },
  // pipeline/index.ts exports into a staging folder and swaps it into out/ only on success.
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
}

export default nextConfig
