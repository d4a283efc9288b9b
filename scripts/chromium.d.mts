export declare const DEFAULT_CHROMIUM_PATH: string;
export declare const chromiumCandidates: readonly string[];
export declare const chromiumPath: string;

export interface ChromiumArgsOptions {
  /** Several pages open at once: keep background pages' timers and frames running. */
  readonly sideBySide?: boolean;
  /** Add `--headless=new`, for launchers that do not pass headless mode themselves. */
  readonly headlessFlag?: boolean;
}

export declare function chromiumArgs(options?: ChromiumArgsOptions): string[];
export declare function chromiumLaunchOptions(options?: ChromiumArgsOptions): {
  executablePath: string;
  headless: true;
  args: string[];
};
