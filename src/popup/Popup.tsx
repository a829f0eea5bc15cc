import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../runtime';

type PageStatus = { state: 'loading' } | { state: 'unknown' } | { state: 'counted'; mentions: number };

/** The toolbar popup: what the extension found on the current tab. */
export function Popup() {
  const [status, setStatus] = useState<PageStatus>({ state: 'loading' });

  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setStatus({ state: 'unknown' });
      const { mentions } = await sendToBackground('tab-state', { tabId: tab.id });
      setStatus(mentions === null ? { state: 'unknown' } : { state: 'counted', mentions });
    })().catch(() => setStatus({ state: 'unknown' }));
  }, []);

  return (
    <main class="popup-main" aria-live="polite">
      <h1>Crosscheck</h1>
      <p data-testid="page-status">
        {status.state === 'loading' && 'Checking this page…'}
        {status.state === 'unknown' && 'No mentions found on this page.'}
        {status.state === 'counted' &&
          (status.mentions === 0
            ? 'No mentions found on this page.'
            : `${status.mentions} ${status.mentions === 1 ? 'mention' : 'mentions'} on this page.`)}
      </p>
      <p class="muted">Sources are bundled; nothing leaves your browser.</p>
    </main>
  );
}
