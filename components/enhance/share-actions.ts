/** The part of Kakao's SDK the share button uses (developers.kakao.com, Kakao.Share). */
interface KakaoSdk {
  init(key: string): void
  isInitialized(): boolean
  Share: { sendScrap(settings: { requestUrl: string }): void }
}

let kakaoSdk: Promise<KakaoSdk> | undefined

/** Adds Kakao's SDK to the page once, checked against its integrity hash, and initialises it with the key. */
function loadKakao(root: Document, src: string, integrity: string, key: string): Promise<KakaoSdk> {
  kakaoSdk ??= new Promise<KakaoSdk>((resolve, reject) => {
    const script = root.createElement('script')
    script.src = src
    script.integrity = integrity
    script.crossOrigin = 'anonymous'
    script.async = true
    script.addEventListener('load', () => {
      const kakao = (window as unknown as { Kakao?: KakaoSdk }).Kakao
      if (!kakao) return reject(new Error('Kakao SDK missing'))
      if (!kakao.isInitialized()) kakao.init(key)
      resolve(kakao)
    })
    script.addEventListener('error', () => reject(new Error('Kakao SDK did not load')))
    root.head.append(script)
  }).catch((error: unknown) => {
    // A failed load (offline, blocked) may be retried by the next press.
    kakaoSdk = undefined
    throw error
  })
  return kakaoSdk
}

/** How long the confirmation stays, so the same message can be announced again on the next copy. */
const SHARE_MESSAGE_MS = 4000

/**
 * Wires a post's share section (components/post/share-buttons.tsx renders it on the server):
 * "링크 복사" puts the post's URL on the clipboard and says so in its live region, and
 * "공유하기" is added where the browser has a share sheet. What these say is the section's data-*
 * attributes, in the page's language.
 */
function wireShare(root: Document, section: HTMLElement): () => void {
  const words = section.dataset
  const url = words.shareUrl ?? ''
  const title = words.shareTitle ?? root.title
  const copyButton = section.querySelector<HTMLButtonElement>('button[data-copy-link]')
  const status = section.querySelector<HTMLElement>('.share__status')
  const copyItem = copyButton?.closest('li')
  if (!copyButton || !status || !copyItem) return () => undefined

  let timer: ReturnType<typeof setTimeout> | undefined
  const say = (message: string) => {
    clearTimeout(timer)
    status.textContent = message
    timer = setTimeout(() => (status.textContent = ''), SHARE_MESSAGE_MS)
  }
  const copy = async () => {
    try {
      // Missing outside secure contexts; the catch tells the reader what to do instead.
      await navigator.clipboard.writeText(url)
      say(words.copied ?? '')
    } catch {
      say(words.copyFailed ?? '')
    }
  }
  copyButton.addEventListener('click', copy)

  // "카카오톡", rendered only where the site set a key: nothing of Kakao's loads until it is pressed.
  const kakaoButton = section.querySelector<HTMLButtonElement>('button[data-kakao-share]')
  const kakaoItem = kakaoButton?.closest('li')
  const shareOnKakao = async () => {
    const { kakaoSdk: src = '', kakaoIntegrity: integrity = '', kakaoKey: key = '' } = kakaoButton?.dataset ?? {}
    try {
      const kakao = await loadKakao(root, src, integrity, key)
      // Kakao reads the page's own title, description and image (its Open Graph tags) from the address.
      kakao.Share.sendScrap({ requestUrl: url })
    } catch {
      say(words.kakaoFailed ?? '')
    }
  }
  if (kakaoButton && kakaoItem) {
    kakaoButton.addEventListener('click', shareOnKakao)
    kakaoItem.hidden = false
  }

  // An empty item the server renders for it: a new element elsewhere would not match React's markup.
  const shareItem = section.querySelector<HTMLLIElement>('li.share__native')
  if (shareItem && typeof navigator.share === 'function') {
    const button = root.createElement('button')
    button.type = 'button'
    button.className = copyButton.className
    button.textContent = words.share ?? ''
    button.addEventListener('click', () => {
      // The reader closed the sheet (AbortError) or the share target failed; nothing to do.
      navigator.share({ title, url }).catch(() => undefined)
    })
    shareItem.append(button)
    shareItem.hidden = false
  }
  return () => {
    clearTimeout(timer)
    copyButton.removeEventListener('click', copy)
    kakaoButton?.removeEventListener('click', shareOnKakao)
    if (kakaoItem) kakaoItem.hidden = true
    if (shareItem) {
      shareItem.replaceChildren()
      shareItem.hidden = true
    }
  }
}

export function startShare(root: Document): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>('section.share[data-share-url]')].map((section) =>
    wireShare(root, section),
  )
  return () => stops.forEach((stop) => stop())
}
