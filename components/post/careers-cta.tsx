import { site } from '@/lib/config'

/** The company's invitation to apply, under every post; nothing when no careers URL is configured (SITE_CAREERS_URL=''). */
export function CareersCta() {
  const { brand } = site
  if (!brand.careersUrl) return null
  return (
    <aside className="careers-cta" aria-labelledby="careers-cta-title">
      <p id="careers-cta-title" className="careers-cta__title">
        {brand.company}에서 함께 일해요
      </p>
      <p className="careers-cta__text">{brand.careersText}</p>
      <a className="careers-cta__link" href={brand.careersUrl} rel="noopener noreferrer">
        채용 공고 보기 →
      </a>
    </aside>
  )
}
