import { site } from '@/lib/config'
import { t } from '@/lib/i18n'

/** The company's invitation to apply, under every post; nothing when no careers URL is configured (SITE_CAREERS_URL=''). */
export function CareersCta() {
  const { brand } = site
  if (!brand.careersUrl) return null
  return (
    <aside className="careers-cta" aria-labelledby="careers-cta-title">
      <p id="careers-cta-title" className="careers-cta__title">
        {t.careersTitle(brand.company)}
      </p>
      <p className="careers-cta__text">{brand.careersText}</p>
      <a className="careers-cta__link" href={brand.careersUrl} rel="noopener noreferrer">
        {t.careersLink}
      </a>
    </aside>
  )
}
