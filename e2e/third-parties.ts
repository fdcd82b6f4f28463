import type { Page } from '@playwright/test'

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/

/**
 * Every request the page makes, from the first: the network-level record of what a reader's
 * browser asked for. `thirdPartyImages` are pictures from other hosts, which old posts embed in
 * their text or name as covers; `thirdParty` is everything else that left the site (scripts, frames, styles, fonts,
 * fetches, beacons): what a tracker or a widget would need.
 */
export function recordRequests(page: Page): {
  urls: string[]
  thirdParty: () => string[]
  thirdPartyImages: () => string[]
} {
  const requests: { url: string; type: string }[] = []
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }))
  const outside = () => requests.filter((request) => !LOCAL.test(request.url))
  return {
    get urls() {
      return requests.map((request) => request.url)
    },
    thirdParty: () =>
      outside()
        .filter((request) => request.type !== 'image')
        .map((request) => request.url),
    thirdPartyImages: () =>
      outside()
        .filter((request) => request.type === 'image')
        .map((request) => request.url),
  }
}

/**
 * The pictures the authors chose (in posts' text and their covers): every `<img>` in the main
 * content of the page as the server sent it (a picture that fails to load is replaced in the page).
 */
export async function postPictures(page: Page): Promise<string[]> {
  const html = await (await page.request.get(page.url())).text()
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
  return [...main.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)].map(
    (match) => new URL((match[1] ?? '').replace(/&amp;/g, '&'), page.url()).href,
  )
}

export const GISCUS = 'https://giscus.app'

/**
 * Stands in for giscus.app, so no test needs the internet: its client script adds the thread frame
 * after itself and its stylesheet to the head, as the real one does, and the frame shows the theme it was opened with and every
 * theme the page sends it later (the `setConfig` message).
 */
export async function fakeGiscus(page: Page): Promise<void> {
  await page.route(`${GISCUS}/client.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: `(() => {
        const script = document.currentScript
        const params = new URLSearchParams({ theme: script.dataset.theme, lang: script.dataset.lang, term: script.dataset.term })
        const frame = document.createElement('iframe')
        frame.className = 'giscus-frame'
        frame.title = 'Comments'
        frame.src = '${GISCUS}/widget?' + params
        const container = document.createElement('div')
        container.className = 'giscus'
        container.append(frame)
        script.after(container)
        // As giscus's own script does: its default stylesheet first in the head.
        const style = document.createElement('link')
        style.rel = 'stylesheet'
        style.href = '${GISCUS}/default.css'
        document.head.prepend(style)
      })()`,
    }),
  )
  await page.route(`${GISCUS}/default.css`, (route) =>
    route.fulfill({ contentType: 'text/css', body: '.giscus-frame { width: 100%; border: 0; }' }),
  )
  await page.route(`${GISCUS}/widget?*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ko"><title>giscus</title><p id="theme"></p><p id="lang"></p><p id="term"></p>
        <script>
          const params = new URLSearchParams(location.search)
          for (const key of ['theme', 'lang', 'term']) document.getElementById(key).textContent = params.get(key)
          addEventListener('message', (event) => {
            const theme = event.data && event.data.giscus && event.data.giscus.setConfig && event.data.giscus.setConfig.theme
            if (theme) document.getElementById('theme').textContent = theme
          })
        </script>`,
    }),
  )
}

/**
 * Visits each address as a reader would (loads it, scrolls to the end so lazy pictures load, waits
 * for the network to settle) and returns the pictures the posts themselves show.
 */
export async function visitEveryPage(page: Page, addresses: readonly string[]): Promise<Set<string>> {
  const pictures = new Set<string>()
  for (const address of addresses) {
    await page.goto(address)
    await page.mouse.wheel(0, 20_000)
    await page.waitForLoadState('networkidle')
    for (const src of await postPictures(page)) pictures.add(src)
  }
  return pictures
}
