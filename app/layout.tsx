import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { pretendard } from '@/components/layout/font'
import { DevContentProblems } from '@/components/dev/content-problems'
import { DevEnhancements } from '@/components/enhance/dev-enhancements'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { feedAlternates } from '@/lib/site/metadata'
import { site, siteLanguage, siteRoot } from '@/lib/config'
import { brandStyle } from '@/lib/brand'
import { THEME_COLORS, THEME_SCRIPT } from '@/lib/site/theme-script'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(`${siteRoot}/`),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Pages replace this with their own canonical URL and feeds; the 404 page keeps it.
  alternates: { types: feedAlternates() },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // A theme chosen with the toggle adds a theme-color of its own (lib/site/theme-script.ts).
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script may set data-theme before React hydrates; that difference is expected.
    <html lang={siteLanguage} className={pretendard.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* The brand's colours from the site config (lib/site/brand.ts); app/globals.css reads them. */}
        <style dangerouslySetInnerHTML={{ __html: brandStyle(site.brand) }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        {/* Exported pages get the same behaviours as one plain script (components/enhance/registry.ts). */}
        {process.env.NODE_ENV === 'development' ? <DevEnhancements /> : null}
        {/* The content's errors in the browser too, not only in the terminal. */}
        {process.env.NODE_ENV === 'development' ? <DevContentProblems /> : null}
      </body>
    </html>
  )
}
