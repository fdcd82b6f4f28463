/**
 * What the copy and share buttons say, shared by the React leaves (components/post) and the
 * light pages' script (lib/light/leaves.ts), so both builds read the same.
 */
export const SHARE_TEXT = {
  copy: '링크 복사',
  share: '공유하기',
  copied: '링크를 복사했습니다',
  copyFailed: '링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.',
} as const

/** How long the confirmation stays, so the same message can be announced again on the next copy. */
export const SHARE_MESSAGE_MS = 4000
