/**
 * Loads an element's module once the page has one of it, now or later (a CMS, a framework's render), so its code
 * stays out of the first view of pages that never use it. Elements inside another shadow root are not seen: such a
 * page loads the module itself (the returned function). Nothing happens on a server.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): () => Promise<unknown> {
  let loaded: Promise<unknown> | undefined;
  const start = () => {
    loaded ??= load();
    return loaded;
  };
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return start;
  const uses = (node: Node) =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  if (document.querySelector(tag)) {
    void start();
    return start;
  }
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => [...r.addedNodes].some(uses))) return;
    observer.disconnect();
    void start();
  });
  observer.observe(document, { childList: true, subtree: true });
  return start;
}
