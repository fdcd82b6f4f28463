import type { NextConfig } from 'next'
import { site } from './lib/config'

/**
 * Plain static files in out/: trailing-slash folders (`/kubecon-1/index.html`) as the old Jekyll
 * permalinks were, the base path from lib/config.ts (BASE_PATH), and a fixed build id so the same
 * commit always exports the same bytes. Contentlayer runs as its own step before this build.
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: site.basePath,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  generateBuildId: () => 'static',
  // `npm run typecheck` (in npm test and CI) checks types before anything ships; the build does
  // not check them a second time (10-20 s on two cores).
  typescript: { ignoreBuildErrors: true },
  // build/index.ts exports into a staging folder and swaps it into out/ only on success.
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
}

export default nextConfig
