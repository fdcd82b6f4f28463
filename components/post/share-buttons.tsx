import { shareableUrl, shareLinks } from '@/lib/site/share'
import { integrations, KAKAO_SDK, type KakaoSettings } from '@/lib/site/integrations'
import { t } from '@/lib/i18n'

/**
 * Share links (X, Facebook, LinkedIn) rendered on the server as plain links, so no third-party
 * script runs on the page. "링크 복사" and the device's share sheet ("공유하기", added only where
 * the browser has one) are wired by the page's script (components/enhance/share-actions.ts) from the data here,
 * the words it adds and says included. Where the site set a Kakao JavaScript key, "카카오톡" too:
 * hidden until the page's script shows it, it loads Kakao's SDK only when pressed.
 */
export function ShareButtons({
  path,
  title,
  kakao = integrations.kakao,
}: {
  path: string
  title: string
  kakao?: KakaoSettings | null
}) {
  const url = shareableUrl(path)
  return (
    <section
      className="share"
      aria-labelledby="share-heading"
      data-share-url={url}
      data-share-title={title}
      data-share={t.share}
      data-copied={t.linkCopied}
      data-copy-failed={t.linkCopyFailed}
      // Only where KakaoTalk sharing is configured: a blog without it carries no trace of Kakao.
      data-kakao-failed={kakao ? t.kakaoFailed : undefined}
    >
      <h2 id="share-heading" className="share__heading">
        {t.shareHeading}
      </h2>
      <ul className="share__list">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a
              className="share__button"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t.shareOn(network)}
            >
              {network}
            </a>
          </li>
        ))}
        {kakao && (
          <li className="share__kakao" hidden>
            <button
              type="button"
              className="share__button"
              data-kakao-share=""
              data-kakao-key={kakao.javaScriptKey}
              data-kakao-sdk={KAKAO_SDK.url}
              data-kakao-integrity={KAKAO_SDK.integrity}
            >
              {t.kakaoTalk}
            </button>
          </li>
        )}
        {/* "공유하기" goes here (share-actions.ts); opaque to React, so hydration leaves it alone. */}
        <li className="share__native" hidden dangerouslySetInnerHTML={{ __html: '' }} />
        <li>
          <button type="button" className="share__button" data-copy-link="">
            {t.copyLink}
          </button>
          <span className="share__status" role="status" aria-live="polite" />
        </li>
      </ul>
    </section>
  )
}
