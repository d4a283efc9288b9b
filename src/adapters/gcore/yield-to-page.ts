/**
 * Lets the page run (paint a frame, handle input) before long work goes on: a macrotask through a
 * MessageChannel, not `setTimeout`, which browsers clamp to 4 ms once nested (Node without
 * MessageChannel gets `setTimeout`). Not `scheduler.yield()`: Chromium runs its continuation ahead
 * of the next frame, so a read sliced with it painted no more often than one done in a single go.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * A budget of main-thread time: `spent()` is true once `sliceMs` went by since the last yield,
 * and `yield()` hands the page a turn and starts a new slice.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs: number) {}

  spent(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  async yield(): Promise<void> {
    await yieldToPage();
    this.sliceStart = performance.now();
  }
}
