/**
 * Runs the last scheduled callback once the calls stop for `delayMs`: the search box queries the
 * backend when the user pauses, not on every keystroke.
 */
export class Debouncer {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly delayMs: number) {}

  /** `delayMs` for this call instead of the usual one (0: on the next task, still one call for a burst). */
  schedule(callback: () => void, delayMs = this.delayMs): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      callback();
    }, delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }
}
