import { shareableUrl, shareLinks } from '@/lib/share'
import { CopyLinkButton } from './copy-link-button'
import { NativeShareButton } from './native-share-button'

/**
 * Share links (X, Facebook, LinkedIn) rendered on the server as plain links, so no third-party
 * script runs on the page; copying the link and the device's share sheet are small client leaves.
 */
export function ShareButtons({ path, title }: { path: string; title: string }) {
  const url = shareableUrl(path)
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        이 글 공유하기
      </h2>
      <ul className="share__list">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a className="share__button" href={href} target="_blank" rel="noopener noreferrer" aria-label={`${network}에 공유 (새 창)`}>
              {network}
            </a>
          </li>
        ))}
        <NativeShareButton url={url} title={title} />
        <CopyLinkButton url={url} />
      </ul>
    </section>
  )
}
