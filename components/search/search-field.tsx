import type { ComponentPropsWithRef, FormEventHandler } from 'react'
import type { SearchMessages } from '@/lib/i18n/search'
import './search.css'

interface SearchFieldProps {
  /** The search page with the base path, for browsers without JavaScript. */
  action: string
  /** Accessible name of the form, to tell the header's apart from the search page's. */
  label: string
  /** The box's words: the server's table (`t`), or the search words of the page's language in the browser. */
  words: Pick<SearchMessages, 'search' | 'searchQuery' | 'searchPlaceholder'>
  inputId: string
  defaultValue?: string
  className?: string
  inputProps?: Omit<ComponentPropsWithRef<'input'>, 'id' | 'name' | 'type' | 'defaultValue'>
  onSubmit?: FormEventHandler<HTMLFormElement>
}

/**
 * A plain GET form to the search page, so it works before (and without) JavaScript. The input is
 * uncontrolled: React never writes into it, which is what keeps Korean IME composition intact.
 */
export function SearchField({
  action,
  label,
  words,
  inputId,
  defaultValue,
  className,
  inputProps,
  onSubmit,
}: SearchFieldProps) {
  return (
    <form
      role="search"
      aria-label={label}
      action={action}
      method="get"
      className={`search-field ${className ?? ''}`}
      onSubmit={onSubmit}
    >
      <label className="sr-only" htmlFor={inputId}>
        {words.searchQuery}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={words.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        className="search-field__input"
        {...inputProps}
      />
      <button type="submit" className="search-field__button">
        {words.search}
      </button>
    </form>
  )
}
