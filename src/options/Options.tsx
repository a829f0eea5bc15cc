/** The options page. */
export function Options() {
  return (
    <main class="page-main">
      <h1>Crosscheck settings</h1>
      <p>
        Crosscheck highlights mentions of Tesla's Full Self-Driving, Nvidia and China's Cyberspace Administration, and
        compares each claim with the source articles bundled with the extension.
      </p>
      <p class="muted">Privacy: the analysis runs in your browser. No page text, setting or statistic leaves it.</p>
    </main>
  );
}
