import { GcoreIamAdapter, type UserList } from '../../src/index.js';
import { referenceAuth } from '../server/reference-auth.js';
import { afterNextPaint, nextEventTime } from './paint.js';
import { nextListPaint, TimedAdapter, type ListTiming } from './timed-list.js';

/**
 * The `<user-list>` benchmark page over HTTP: GcoreIamAdapter reading a reference IAM server's
 * account (created by scripts/bench/ on the page's own origin), driven through `window.gcoreBench`.
 * It records the requests' timings and sizes (Resource Timing), the list answers (a TimedAdapter
 * around the Gcore adapter), and every long animation frame (Long Animation Frames API) from the
 * mount on.
 */

/** One request the adapter made, as Resource Timing saw it. */
export interface RequestTiming {
  readonly path: string;
  readonly startTime: number;
  readonly responseStart: number;
  readonly responseEnd: number;
  /** Body bytes as sent (the server does not compress). */
  readonly bodyBytes: number;
}

export interface GcoreFirstPage extends ListTiming {
  readonly mountedAt: number;
  readonly requests: readonly RequestTiming[];
}

export interface GcoreSearch extends ListTiming {
  readonly keyAt: number;
}

/**
 * Frames longer than 50 ms (the API reports no shorter ones) from the loading state on screen to
 * the search painted; the frame of the mount itself (the element's start-up) apart.
 */
export interface LongFrames {
  readonly longest: number;
  readonly over100: number;
  /** Start and duration of each frame over 100 ms, relative to the mount. */
  readonly worst: ReadonlyArray<{ readonly at: number; readonly duration: number }>;
  /** The longest frame the mount was part of (0 when it took less than 50 ms). */
  readonly mountFrame: number;
}

let adapter: TimedAdapter | undefined;
let list: UserList | undefined;
let pending: Promise<GcoreSearch> | undefined;
let mountedAt = 0;
/** The first frame after the mount has rendered: the loading state is on screen, the page usable. */
let shownAt = 0;
const frames: Array<{ startTime: number; duration: number }> = [];

// Every request of the read is kept (up to 100 pages and the session's), not the default 250 entries.
performance.setResourceTimingBufferSize(10_000);
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) frames.push({ startTime: entry.startTime, duration: entry.duration });
}).observe({ type: 'long-animation-frame', buffered: true });

function requestsSince(at: number, base: string): RequestTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= at && new URL(entry.name).pathname.startsWith(base))
    .map((entry) => ({
      path: new URL(entry.name).pathname.slice(base.length) + new URL(entry.name).search,
      startTime: entry.startTime,
      responseStart: entry.responseStart,
      responseEnd: entry.responseEnd,
      bodyBytes: entry.encodedBodySize,
    }));
}

const bench = {
  /** Mounts `<user-list>` over the account at `baseUrl`; resolves when its first page is painted. */
  async mount(baseUrl: string, clientId: number): Promise<GcoreFirstPage> {
    adapter = new TimedAdapter(new GcoreIamAdapter({ baseUrl, clientId, auth: () => referenceAuth(1) }));
    const painted = nextListPaint(adapter, () => list!);
    mountedAt = performance.now();
    list = document.createElement('user-list');
    list.storageKey = '';
    list.adapter = adapter;
    document.querySelector('main')!.append(list);
    void afterNextPaint().then((at) => (shownAt = at));
    const timing = await painted;
    return { ...timing, mountedAt, requests: requestsSince(mountedAt, baseUrl) };
  },

  /** Resolves after `ms` in which the page did its idle work (the search index is built then). */
  settle(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(() => afterNextPaint().then(() => resolve()), ms));
  },

  /** Arms the measurement of the next keystroke's search; read it with `searchResult()`. */
  armSearch(): void {
    const keyAt = nextEventTime('keydown');
    pending = nextListPaint(adapter!, () => list!).then((timing) => {
      const at = keyAt();
      if (at === undefined) throw new Error('benchmark: no keydown before the search');
      return { ...timing, keyAt: at };
    });
  },

  searchResult(): Promise<GcoreSearch> {
    return pending!;
  },

  /** The long frames since the mount; the measuring ends here (the heap figures force GCs after it). */
  longFrames(): LongFrames {
    const mount = frames.filter(
      (frame) => frame.startTime <= mountedAt && frame.startTime + frame.duration >= mountedAt,
    );
    // A frame that began before the loading state was painted is the mount's.
    const since = frames.filter((frame) => frame.startTime >= shownAt - 1);
    const worst = since.filter((frame) => frame.duration > 100);
    return {
      longest: Math.max(0, ...since.map((frame) => frame.duration)),
      over100: worst.length,
      worst: worst.map((frame) => ({ at: frame.startTime - mountedAt, duration: frame.duration })),
      mountFrame: Math.max(0, ...mount.map((frame) => frame.duration)),
    };
  },
};

export type GcoreBench = typeof bench;

declare global {
  interface Window {
    gcoreBench?: GcoreBench;
  }
}

window.gcoreBench = bench;
document.body.dataset.ready = 'true';
