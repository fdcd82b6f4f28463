// @ts-check
import { availableParallelism } from 'node:os'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { resolveSiteLocation } from './lib/site-location.mjs'
import siteConfig from './site.config.mjs'

/**
 * Plain static files in out/: trailing-slash folders (`/kubecon-1/index.html`) as the old Jekyll
 * permalinks were, the base path (lib/site-location.mjs, the one rule the pages and the preview server use too), and a fixed build id so
 * the same commit always exports the same bytes. Contentlayer runs as its own step before this build
 * (its Next.js plugin hooks into webpack, and Next 16 builds with Turbopack).
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: resolveSiteLocation(process.env, siteConfig).basePath,
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

/**
 * `next dev` also reads `*.dev.ts` routes: development-only routes that the export never has
 * (`app/[slug]/[...file]/route.dev.ts` serves the files of posts kept as a folder, which the build copies).
 *
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function config(phase) {
  return phase === PHASE_DEVELOPMENT_SERVER
    ? { ...nextConfig, pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'dev.ts'] }
    : nextConfig
}
