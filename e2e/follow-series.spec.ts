import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

const title = (n: number) => `${n}# KubeCon + CloudNativeCon North America 2019 참가기`

test('a reader follows the KubeCon series from part 1 to part 3 and back by its links', async ({ page }) => {
  await page.goto('/kubecon-1/')
  const box = page.getByRole('navigation', { name: 'KubeCon + CloudNativeCon North America 2019 참가기', exact: true })
  // One line, closed: the parts show once the reader opens it.
  await expect(box.locator('summary')).toHaveText(/^시리즈 · 3편 중 1편.*▾$/)
  await expect(box.getByRole('listitem').first()).toBeHidden()
  await box.locator('summary').click()
  await expect(box.getByRole('listitem')).toHaveText([title(1), title(2), title(3)])
  await expect(box.locator('[aria-current="page"]')).toHaveText(title(1))
  const steps = page.getByRole('navigation', {
    name: 'KubeCon + CloudNativeCon North America 2019 참가기: 이전 편과 다음 편',
  })
  await expect(steps.getByRole('link', { name: /이전 편/ })).toHaveCount(0)

  await steps.getByRole('link', { name: `다음 편 → ${title(2)}` }).click()
  await expect(page).toHaveURL(/\/kubecon-2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(2))
  await expect(box).toContainText('3편 중 2편')

  await steps.getByRole('link', { name: `다음 편 → ${title(3)}` }).click()
  await expect(page).toHaveURL(/\/kubecon-3\/$/)
  await expect(box).toContainText('3편 중 3편')
  await expect(steps.getByRole('link', { name: /다음 편/ })).toHaveCount(0)

  await steps.getByRole('link', { name: `← 이전 편 ${title(2)}` }).click()
  await expect(page).toHaveURL(/\/kubecon-2\/$/)
  await box.locator('summary').click()
  await box.getByRole('link', { name: title(1), exact: true }).click()
  await expect(page).toHaveURL(/\/kubecon-1\/$/)
})

test('the series pages list the parts in order with a picture, date and the opening text', async ({ page }) => {
  await blockExternalRequests(page)
  await page.goto('/')
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '시리즈' }).click()
  await expect(page).toHaveURL(/\/series\/$/)
  await page.getByRole('link', { name: 'KubeCon + CloudNativeCon North America 2019 참가기' }).click()
  await expect(page).toHaveURL(/\/series\/kubecon-na-2019\/$/)
  await expect(page.locator('.series-parts .card__title')).toHaveText([title(1), title(2), title(3)])
  await expect(page.locator('.series-parts .card__meta').first()).toHaveText('1편 · 2019년 12월 6일')
  // The description only repeats the title, so the card shows how the post begins.
  await expect(page.locator('.series-parts .card__text').first()).toHaveText(
    /^2019\.11\.19\(화\) ~ 2019\.11\.22\(금\) 4일간 .+…$/,
  )
  // Part 1's picture is the first of its text (hotlinked, so it cannot load here and leaves the
  // brand pattern); parts 2 and 3 show none and wear the pattern. None repeats the title.
  const pictures = page.locator('.series-parts .card-picture')
  await expect(pictures).toHaveCount(3)
  const first = pictures.first().locator('img')
  await expect(first).toHaveAttribute('src', /^https:\/\/lh6\.googleusercontent\.com\//)
  await expect(first).toHaveAttribute('loading', 'eager')
  await expect(first).toBeHidden()
  for (const picture of await pictures.all()) {
    await expect(picture).toBeVisible()
    expect(await picture.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/gradient/)
    expect(await picture.evaluate((element) => element.textContent)).toBe('')
  }
})

test('a reader opens the author from a byline and comes back through the author page', async ({ page }) => {
  await page.goto('/kubecon-1/')
  // Part 1 names its author by display name only; it still links to the registered author.
  await page.locator('.post__header').getByRole('link', { name: '박승필' }).click()
  await expect(page).toHaveURL(/\/authors\/seungpilpark\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('박승필')
  await expect(page.getByRole('heading', { level: 2, name: '쓴 글 3개' })).toBeVisible()
  await page.getByRole('link', { name: title(1) }).click()
  await expect(page).toHaveURL(/\/kubecon-1\/$/)
  await expect(
    page.getByRole('complementary', { name: '글쓴이 소개' }).getByRole('link', { name: '박승필' }),
  ).toHaveAttribute('href', '/authors/seungpilpark/')
})

test('the header reaches home, series, tags, authors and archive from every kind of page, and marks where the reader is', async ({
  page,
}) => {
  const targets: [string, string][] = [
    ['최신 글', '/'],
    ['시리즈', '/series/'],
    ['태그', '/tags/'],
    ['글쓴이', '/authors/'],
    ['아카이브', '/archive/'],
  ]
  // Each kind of page, with the menu item that stands for it: the section's own page, or one below it.
  const pages: [string, string | null, 'page' | 'true' | null][] = [
    ['/', '최신 글', 'page'],
    ['/kubecon-2/', null, null],
    ['/series/', '시리즈', 'page'],
    ['/series/kubecon-na-2019/', '시리즈', 'true'],
    ['/tags/news/', '태그', 'true'],
    ['/authors/', '글쓴이', 'page'],
    ['/archive/', '아카이브', 'page'],
    ['/this-does-not-exist/', null, null],
  ]
  const menu = page.getByRole('navigation', { name: '주 메뉴' })
  for (const [start, current, kind] of pages) {
    await page.goto(start)
    for (const [label, path] of targets) {
      const link = menu.getByRole('link', { name: label })
      // Where a click lands: the address the browser resolves, the same from every page.
      expect(await link.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname), `${label} from ${start}`).toBe(
        path,
      )
      if (label === current) await expect(link, `${label} on ${start}`).toHaveAttribute('aria-current', kind ?? '')
      else await expect(link, `${label} on ${start}`).not.toHaveAttribute('aria-current')
    }
  }
  // And each item, clicked, opens its page.
  await page.goto('/kubecon-2/')
  for (const [label, path] of targets) {
    await menu.getByRole('link', { name: label }).click()
    await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+${path}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(menu.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
  }
})

test('the archive groups every post by year and month', async ({ page }) => {
  await page.goto('/archive/')
  await expect(page.getByRole('heading', { level: 2, name: '2019년' })).toBeVisible()
  const december = page.getByRole('region', { name: '12월' })
  await expect(december.getByRole('link')).toHaveText([title(3), title(2), title(1)])
})

test('around a post: nothing after the text repeats a part the series box already lists', async ({ page }) => {
  await page.goto('/kubecon-2/')
  // Every post of this blog is a part of the series, so the blog-wide neighbours and related
  // reading have nothing left to offer: they are absent rather than repeating the series box.
  const parts = ['/kubecon-1/', '/kubecon-3/']
  // The author's own words may link a part (part 2 opens with a link to part 1); the page adds none.
  const outside = page.getByRole('main').locator('a[href]:not(.series-box a, .series-steps a, .prose a)')
  const hrefs = await outside.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(hrefs.length).toBeGreaterThan(0)
  expect(hrefs.filter((href) => href !== null && parts.includes(href))).toEqual([])
  await expect(page.getByRole('navigation', { name: '이전 글과 다음 글' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: '함께 읽으면 좋은 글' })).toHaveCount(0)
  // The series itself still leads on, once, at the end of the text.
  const steps = page.getByRole('navigation', { name: /이전 편과 다음 편$/ })
  await expect(steps.getByRole('link')).toHaveText([`← 이전 편 ${title(1)}`, `다음 편 → ${title(3)}`])
})
