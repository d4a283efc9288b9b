/**
 * Timing helpers shared by the benchmark pages. Every time is `performance.now()` in the page.
 */

/**
 * Resolves with the time the next frame has been rendered: a task posted from a requestAnimationFrame
 * callback runs once that frame's style, layout and paint are done.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(undefined);
    }),
  );
}

/**
 * Resolves with the time `done()` first holds, checked now and after every DOM change under `roots`
 * (shadow roots included only when listed). Rejects after `timeoutMs`.
 */
export function whenDom(
  roots: readonly Node[],
  done: () => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<number> {
  if (done()) return Promise.resolve(performance.now());
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      const at = performance.now();
      finish();
      resolve(at);
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`benchmark: timed out waiting for ${what}`));
    }, timeoutMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    for (const root of roots) {
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  });
}

/** Elements under `root`, counting into every open shadow root. */
export function deepElementCount(root: Element | ShadowRoot): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += deepElementCount(element.shadowRoot);
  }
  return count;
}

/** Records the timestamp of the next event of `type` anywhere on the page (capture phase). */
export function nextEventTime(type: string): () => number | undefined {
  let at: number | undefined;
  window.addEventListener(
    type,
    (event) => {
      at = event.timeStamp;
    },
    { capture: true, once: true },
  );
  return () => at;
}
