import { badResponseError, networkError } from './gcore-errors.js';
import { TimeSlicer } from './yield-to-page.js';

/**
 * Reads the top-level fields of a JSON object straight from the bytes of an answer, without
 * building its nested values.
 *
 * Why: `GET /iam/clients/me` (the documented way to learn who is signed in, its `currentUser`)
 * carries every user of the account in `users`, about 330 bytes each: 33 MB at 100,000 users.
 * `JSON.parse` of that is one task of several hundred milliseconds, during which the page can't
 * paint, for two integers. Here the bytes are scanned as they arrive, in pieces of a few
 * milliseconds (yielding to the page between them, also while the code is not compiled yet and
 * runs slowly), and only the top level is kept, each nested value (an object or an array) written
 * as `null`: a few hundred bytes, parsed at the end. A wanted field that was nested is then `null`,
 * which its schema refuses, naming it.
 */
export async function readTopLevelFields(response: Response): Promise<Record<string, unknown>> {
  const skeleton = new TopLevelSkeleton();
  const reader = response.body?.getReader();
  if (!reader) {
    skeleton.push(new TextEncoder().encode(await settled(response.text())));
    return skeleton.parse();
  }
  const slicer = new TimeSlicer(SLICE_MS);
  try {
    for (;;) {
      const { done, value } = await settled(reader.read());
      if (done) break;
      for (let at = 0; at < value.length; at += PIECE_BYTES) {
        if (slicer.spent()) await slicer.yield();
        skeleton.push(value.subarray(at, at + PIECE_BYTES));
      }
    }
  } finally {
    reader.releaseLock();
  }
  return skeleton.parse();
}

/** Main-thread time between two yields to the page while scanning. */
const SLICE_MS = 8;
/** Bytes scanned between two looks at the clock: well under a millisecond once compiled. */
const PIECE_BYTES = 16_384;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

/** The bytes of a JSON document's top level, its nested values replaced by `null`, pushed chunk by chunk. */
export class TopLevelSkeleton {
  private readonly kept: number[] = [];
  /** Brackets open: 1 inside the top-level object, more inside a nested value. */
  private depth = 0;
  private inString = false;
  private escaped = false;

  /**
   * The hot loop, over nearly every byte of a big answer (a plain byte loop: faster here than
   * crossing strings with `indexOf`, whose calls cost more than a user list's short strings).
   */
  push(chunk: Uint8Array): void {
    const { kept } = this;
    let { depth, inString, escaped } = this;
    for (const byte of chunk) {
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
      } else if (byte === 0x7b || byte === 0x5b) {
        depth += 1;
        if (depth === 2) kept.push(...NULL);
        if (depth !== 1) continue;
      } else if (byte === 0x7d || byte === 0x5d) {
        depth -= 1;
        if (depth !== 0) continue;
      }
      if (depth <= 1) kept.push(byte);
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
  }

  /** The top level as JSON; `bad_response` when the answer is empty, a web page or not JSON. */
  parse(): Record<string, unknown> {
    const text = new TextDecoder().decode(Uint8Array.from(this.kept)).trim();
    if (text === '') throw badResponseError('(root)', 'The server sent an empty answer where data was expected.');
    if (text.startsWith('<')) {
      // A proxy or login page answered in the API's place; its markup is never shown.
      throw badResponseError('(root)', 'The server sent a web page where data was expected.');
    }
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw badResponseError('(root)', 'The server sent malformed JSON.', error);
    }
  }
}

/** A body that breaks off while streaming in is the network's failure, as for any other answer. */
async function settled<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw networkError(error);
  }
}
