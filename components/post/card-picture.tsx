import type { Post } from '@/lib/content'
import { CARD_PICTURE_SIZE, selectCardPicture } from '@/lib/site/card-picture'
import './card-picture.css'

/**
 * A post's picture on a card: its cover, else the first picture of its body, else a pattern in the
 * brand's colour (lib/site/card-picture.ts). The pattern is always drawn behind the picture, so a
 * picture that fails to load (components/enhance/image-fallback.ts hides it) leaves the pattern,
 * never a broken box. Decorative: the card's title says what the post is, and the picture area
 * never repeats it. `eager` only for a card on the first screen.
 */
export function CardPicture({
  post,
  className,
  eager = false,
  priority = false,
}: {
  post: Post
  className?: string
  eager?: boolean
  priority?: boolean
}) {
  const picture = selectCardPicture(post)
  const classes = ['card-picture', `card-picture--pattern-${picture.pattern}`, className].filter(Boolean).join(' ')
  return (
    <div className={classes} data-picture={picture.kind}>
      {picture.kind !== 'pattern' && (
        <img
          className="card-picture__image"
          src={picture.src}
          alt=""
          width={CARD_PICTURE_SIZE.width}
          height={CARD_PICTURE_SIZE.height}
          loading={eager ? 'eager' : 'lazy'}
          fetchPriority={eager && priority ? 'high' : undefined}
          decoding="async"
        />
      )}
    </div>
  )
}
