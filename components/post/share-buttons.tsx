import { shareableUrl, shareLinks } from '@/lib/site/share'
import { integrations, KAKAO_SDK, type KakaoSettings } from '@/lib/site/integrations'
import { SHARE_TEXT } from '@/components/enhance/share-actions'

/**
 * Share links (X, Facebook, LinkedIn) rendered on the server as plain links, so no third-party
 * script runs on the page. "링크 복사" and the device's share sheet ("공유하기", added only where
 * the browser has one) are wired by the page's script (components/enhance/share-actions.ts) from the data here.
 * Where the site set a Kakao JavaScript key, "카카오톡" too: hidden until the page's script shows it,
 * it loads Kakao's SDK only when pressed.
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
    <section className="share" aria-labelledby="share-heading" data-share-url={url} data-share-title={title}>
      <h2 id="share-heading" className="share__heading">
        이 글 공유하기
      </h2>
      <ul className="share__list">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a
              className="share__button"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${network}에 공유 (새 창)`}
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
              {SHARE_TEXT.kakao}
            </button>
          </li>
        )}
        {/* "공유하기" goes here (share-actions.ts); opaque to React, so hydration leaves it alone. */}
        <li className="share__native" hidden dangerouslySetInnerHTML={{ __html: '' }} />
        <li>
          <button type="button" className="share__button" data-copy-link="">
            {SHARE_TEXT.copy}
          </button>
          <span className="share__status" role="status" aria-live="polite" />
        </li>
      </ul>
    </section>
  )
}
