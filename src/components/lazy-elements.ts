/**
 * The elements a first paint of `<user-list>` does not need: the three dialogs and the token list,
 * split out by the host's bundler through one dynamic `import()` (on-demand.ts). They are fetched
 * when the page is idle after the first paint, or sooner when a trigger is hovered or focused, or
 * when one of their tags is found in the page; opening a dialog waits for them.
 */
export const LAZY_TAGS = ['invite-dialog', 'edit-user', 'delete-confirm', 'api-token-list'] as const;

export type LazyTag = (typeof LAZY_TAGS)[number];

let loading: Promise<void> | undefined;

/**
 * Loads the elements' module once, however many ask; resolves once `tag` is defined. A failed fetch
 * (offline, a deploy that removed the chunk) rejects, and the next call tries again.
 */
export function loadElement(_tag: LazyTag): Promise<void> {
  loading ??= import('./on-demand.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts loading `tag` now (its trigger was hovered or focused); a failure waits for the click. */
export function prefetch(tag: LazyTag): void {
  loadElement(tag).catch(() => undefined);
}

/** Starts loading `tags` when the page has nothing better to do (or within `timeout` ms). */
export function loadWhenIdle(tags: readonly LazyTag[], timeout = 2000): void {
  if (typeof window === 'undefined') return;
  const load = () => {
    for (const tag of tags) loadElement(tag).catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout });
  else setTimeout(load, 200);
}

/**
 * What the package entry does for the lazy elements: registers nothing up front, loads each as soon
 * as its tag appears in the page (written in the HTML, or added later by a framework), and all of
 * them once the page is idle. Elements inside other shadow roots are found by the idle load.
 */
export function watchForLazyElements(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const pending = new Set<LazyTag>(LAZY_TAGS.filter((tag) => !customElements.get(tag)));
  const found = (tag: LazyTag) => {
    if (!pending.delete(tag)) return;
    loadElement(tag).catch(() => pending.add(tag));
    if (pending.size === 0) observer.disconnect();
  };
  const scan = (root: ParentNode) => {
    for (const tag of pending) if (root.querySelector(tag)) found(tag);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if ((LAZY_TAGS as readonly string[]).includes(node.localName)) found(node.localName as LazyTag);
        if (node.firstElementChild) scan(node);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
  loadWhenIdle(LAZY_TAGS);
}
