import type { ThemeChoice } from '@/lib/site/theme-script'

/**
 * The three choices, in the order the panel lists them; "system" is the default. What they are
 * called is the header slot's data-* attributes (components/layout/site-header.tsx), in the page's
 * language: `data-system` ("시스템 설정 따르기") beside the radio button, `data-system-name`
 * ("테마: 시스템 설정 따르기") as the button's name while it is chosen, and `data-legend` ("테마").
 */
export const THEME_CHOICES: readonly { value: ThemeChoice; icon: string }[] = [
  // A screen on its stand.
  { value: 'system', icon: 'M4 5h16v10H4zM9 19h6M12 15v4' },
  // A sun: a disc and eight rays.
  {
    value: 'light',
    icon: 'M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7ZM12 3v2M12 19v2M3 12h2M19 12h2M5.6 5.6 7 7M17 17l1.4 1.4M5.6 18.4 7 17M17 7l1.4-1.4',
  },
  // A crescent moon.
  { value: 'dark', icon: 'M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z' },
]

const SVG = 'http://www.w3.org/2000/svg'
export const PANEL_ID = 'theme-picker-panel'
const RADIO_NAME = 'theme-choice'

/** A line icon in the text's colour, hidden from screen readers (the text beside it names it). */
export function icon(root: Document, path: string): SVGSVGElement {
  const svg = root.createElementNS(SVG, 'svg')
  const attributes = {
    'aria-hidden': 'true',
    focusable: 'false',
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.8',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value)
  const line = root.createElementNS(SVG, 'path')
  line.setAttribute('d', path)
  svg.append(line)
  return svg
}

export interface ThemePickerView {
  /** The header's button: its icon and name show the current choice; it opens the panel. */
  button: HTMLButtonElement
  /** The panel under it: a group of three native radio buttons (arrow keys move between them). */
  panel: HTMLElement
  radios: HTMLInputElement[]
  /** The words, from the slot's data-* attributes. */
  words: DOMStringMap
}

/** Builds the button and its panel with the slot's words; the behaviour is in theme-toggle.ts. */
export function buildThemePicker(root: Document, words: DOMStringMap): ThemePickerView {
  const button = root.createElement('button')
  button.type = 'button'
  button.className = 'theme-picker__button'
  button.setAttribute('aria-expanded', 'false')
  button.setAttribute('aria-controls', PANEL_ID)

  const panel = root.createElement('div')
  panel.id = PANEL_ID
  panel.className = 'theme-picker__panel'
  panel.hidden = true
  // A click on the panel's own space (its title, its padding) keeps the focus inside, so it stays open.
  panel.tabIndex = -1
  const group = root.createElement('fieldset')
  const legend = root.createElement('legend')
  legend.textContent = words.legend ?? ''
  group.append(legend)
  const radios = THEME_CHOICES.map(({ value, icon: path }) => {
    const row = root.createElement('label')
    row.className = 'theme-picker__choice'
    const radio = root.createElement('input')
    radio.type = 'radio'
    radio.name = RADIO_NAME
    radio.value = value
    const text = root.createElement('span')
    text.textContent = words[value] ?? value
    row.append(radio, icon(root, path), text)
    group.append(row)
    return radio
  })
  panel.append(group)
  return { button, panel, radios, words }
}

/** Shows a choice on the button (its icon, and a name that says it) and in the panel. */
export function showChoice(root: Document, view: ThemePickerView, choice: ThemeChoice): void {
  const entry = THEME_CHOICES.find((item) => item.value === choice)
  if (entry === undefined) return
  const name = root.createElement('span')
  name.className = 'sr-only'
  name.textContent = view.words[`${choice}Name`] ?? choice
  view.button.replaceChildren(icon(root, entry.icon), name)
  view.button.dataset.choice = choice
  for (const radio of view.radios) radio.checked = radio.value === choice
}
