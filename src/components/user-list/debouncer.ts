/**
 * Runs the last scheduled callback once the calls stop for `delayMs`: the search box queries the
 * backend when the user pauses, not on every keystroke.
 */
export class Debouncer {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly delayMs: number) {}

  schedule(callback: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      callback();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }
}
