import { useRef, useState } from 'preact/hooks';
import { t } from './i18n';
import { checkSiteEntry, type SiteErrorKey } from './site-entry';

interface Props {
  sites: readonly string[];
  onAdd: (host: string) => void;
  /** Lets the list move focus here when its last site is removed. */
  inputRef: { current: HTMLInputElement | null };
}

/** Text field and Add button for switching a site off; Enter submits. */
export function AddSiteForm({ sites, onAdd, inputRef }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<{ key: SiteErrorKey; args: string[] } | null>(null);
  const ownRef = useRef<HTMLInputElement | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const entry = checkSiteEntry(text, sites);
    if (entry.ok) {
      setError(null);
      setText('');
      onAdd(entry.host);
    } else {
      setError({ key: entry.error, args: entry.args });
    }
    // Back in the field, a screen reader reads the error it describes; the next entry can follow.
    ownRef.current?.focus();
  };

  return (
    <form class="opt-add" onSubmit={submit} noValidate>
      <label for="opt-site-input">{t('options_sites_input_label')}</label>
      <p id="opt-site-hint" class="opt-hint">
        {t('options_sites_input_hint')}
      </p>
      <div class="opt-add-row">
        <input
          id="opt-site-input"
          ref={(el) => {
            ownRef.current = el;
            inputRef.current = el;
          }}
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'opt-site-error opt-site-hint' : 'opt-site-hint'}
          data-testid="site-input"
        />
        <button type="submit" class="opt-primary" data-testid="site-add">
          {t('options_sites_add')}
        </button>
      </div>
      {error && (
        <p id="opt-site-error" class="opt-error" data-testid="site-error">
          {t(error.key, error.args)}
        </p>
      )}
    </form>
  );
}
