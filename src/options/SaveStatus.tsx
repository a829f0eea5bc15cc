import { t } from './i18n';
import type { SaveStatus as Status } from './use-settings';

/**
 * The polite live region that reports each save. Every save renders a fresh text node (keyed by
 * its number), so a screen reader announces "Saved" again after the next change.
 */
export function SaveStatus({ status }: { status: Status }) {
  return (
    <p
      class={`opt-status${status.state === 'error' ? ' opt-status-error' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={status.state}
    >
      {status.state !== 'idle' && (
        <span key={status.seq}>{t(status.state === 'saved' ? 'options_status_saved' : 'options_status_error')}</span>
      )}
    </p>
  );
}
