import { badResponseError, networkError } from './gcore-errors.js';
import { TimeSlicer } from './yield-to-page.js';

/**
 * Reads a few top-level fields of a JSON object straight from the bytes of an answer, without
 * building the document.
 *
 * Why: `GET /iam/clients/me` (the documented way to learn who is signed in, its `currentUser`)
 * carries every user of the account in `users`, about 330 bytes each: 33 MB at 100,000 users.
 * `JSON.parse` of that is one task of several hundred milliseconds, during which the page can't
 * paint, for the two integers the adapter needs. Here each network chunk is scanned as it arrives
 * in pieces of a few milliseconds (yielding to the page between them, also while the code is not
 * compiled yet and runs slowly), nested values are skipped without being built, and the download
 * is cancelled once every wanted field is read.
 *
 * Only the wanted fields' values are parsed (with `JSON.parse`, as written); an object or array
 * there is reported as such (`NESTED`). The rest of the document is not validated: like unknown
 * fields elsewhere, what the widget does not read can't break it.
 */

/** The value of a wanted field that is an object or an array (not read). */
export const NESTED: unique symbol = Symbol('nested value');

export type TopLevelValue = string | number | boolean | null | typeof NESTED;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LESS_THAN = 0x3c;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Longer keys can't be wanted ones: only their first bytes are kept. */
const MAX_KEY_BYTES = 64;

type Expecting = 'document' | 'key' | 'colon' | 'value' | 'after-value' | 'end';

/**
 * A push scanner: `push` each chunk of the answer in order; it returns true once every wanted field
 * has been read (the rest of the answer is not needed). Then `fields()`.
 */
export class TopLevelFieldScanner {
  private readonly wanted: ReadonlySet<string>;
  private readonly found = new Map<string, TopLevelValue>();
  private expecting: Expecting = 'document';
  /** Nesting inside a value of the top-level object; 0 while between its fields. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private sawByte = false;
  /** The key being read, or whose value comes next. */
  private key: number[] = [];
  /** The bytes of a wanted primitive value, while it is being read. */
  private value: number[] | undefined;
  private readonly decoder = new TextDecoder();

  constructor(wanted: readonly string[]) {
    this.wanted = new Set(wanted);
  }

  push(chunk: Uint8Array): boolean {
    for (let at = 0; at < chunk.length; at += 1) {
      if (this.depth > 0) {
        at = this.skipNested(chunk, at);
        continue;
      }
      const byte = chunk[at]!;
      this.sawByte ||= !isSpace(byte);
      this.step(byte);
      if (this.found.size === this.wanted.size) return true;
    }
    return false;
  }

  /**
   * What was read, by field name; throws `bad_response` when the answer is not a JSON object, or
   * ends before the object does while a wanted field is still missing.
   */
  fields(): ReadonlyMap<string, TopLevelValue> {
    if (!this.sawByte) throw badResponseError('(root)', 'The server sent an empty answer where data was expected.');
    // Cut short before every wanted field was read: not a whole document.
    if (this.expecting !== 'end' && this.found.size < this.wanted.size) throw malformed();
    return this.found;
  }

  /**
   * Skips through a nested value (of any field, wanted or not), where only strings and brackets
   * matter: the hot loop, over nearly every byte of a big answer, so its state lives in locals (a
   * plain byte loop: faster here than crossing strings with `indexOf`, whose calls cost more than
   * the short strings of a user list).
   * Returns the index of the byte that closed the value, or the chunk's last index.
   */
  private skipNested(chunk: Uint8Array, from: number): number {
    let { depth, inString, escaped } = this;
    let at = from;
    for (; at < chunk.length; at += 1) {
      const byte = chunk[at]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
      else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) break;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (depth === 0) this.expecting = 'after-value';
    return Math.min(at, chunk.length - 1);
  }

  /** Between the top-level object's fields: keys, colons, primitive values, commas. */
  private step(byte: number): void {
    if (this.inString) {
      this.stringByte(byte);
      return;
    }
    if (this.value !== undefined && this.expecting === 'after-value') {
      // A number, true, false or null runs until a delimiter.
      if (byte !== COMMA && byte !== CLOSE_BRACE && !isSpace(byte)) {
        this.value.push(byte);
        return;
      }
      this.finishValue();
    }
    if (isSpace(byte)) return;
    switch (this.expecting) {
      case 'document':
        if (byte === LESS_THAN) {
          // A proxy or login page answered in the API's place; its markup is never shown.
          throw badResponseError('(root)', 'The server sent a web page where data was expected.');
        }
        if (byte !== OPEN_BRACE)
          throw badResponseError('(root)', 'The server sent something that is not a JSON object.');
        this.expecting = 'key';
        return;
      case 'key':
        // `{}`, or (leniently) a trailing comma: the rest of the document is not validated anyway.
        if (byte === CLOSE_BRACE) return this.end();
        if (byte !== QUOTE) throw malformed();
        this.key = [];
        this.inString = true;
        return;
      case 'colon':
        if (byte !== COLON) throw malformed();
        this.expecting = 'value';
        return;
      case 'value':
        this.startValue(byte);
        return;
      case 'after-value':
        if (byte === COMMA) this.expecting = 'key';
        else if (byte === CLOSE_BRACE) this.end();
        else throw malformed();
        return;
      case 'end':
        throw malformed();
    }
  }

  private stringByte(byte: number): void {
    const target = this.expecting === 'key' ? this.key : this.value;
    // A key longer than any wanted one is kept only far enough to tell (see `keyName`).
    if (target && (target !== this.key || target.length <= MAX_KEY_BYTES)) target.push(byte);
    if (this.escaped) {
      this.escaped = false;
      return;
    }
    if (byte === BACKSLASH) {
      this.escaped = true;
      return;
    }
    if (byte !== QUOTE) return;
    this.inString = false;
    if (this.expecting === 'key') {
      this.key.pop(); // the closing quote
      this.expecting = 'colon';
    } else {
      this.finishValue();
      this.expecting = 'after-value';
    }
  }

  private startValue(byte: number): void {
    const name = this.keyName();
    const wanted = name !== undefined && this.wanted.has(name) && !this.found.has(name);
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (wanted) this.found.set(name, NESTED);
      this.depth = 1;
      return;
    }
    this.expecting = 'after-value';
    if (byte === QUOTE) {
      this.inString = true;
      this.value = wanted ? [QUOTE] : undefined;
      return;
    }
    this.value = wanted ? [byte] : [];
  }

  /** A wanted value's bytes are complete: parse them as the JSON they are. */
  private finishValue(): void {
    const bytes = this.value;
    this.value = undefined;
    const name = this.keyName();
    if (!bytes || bytes.length === 0 || name === undefined || !this.wanted.has(name) || this.found.has(name)) return;
    try {
      this.found.set(name, JSON.parse(this.decoder.decode(Uint8Array.from(bytes))) as TopLevelValue);
    } catch (error) {
      throw badResponseError(name, `The server's answer has a malformed "${name}".`, error);
    }
  }

  private keyName(): string | undefined {
    if (this.key.length >= MAX_KEY_BYTES) return undefined;
    try {
      return JSON.parse(`"${this.decoder.decode(Uint8Array.from(this.key))}"`) as string;
    } catch {
      return undefined;
    }
  }

  private end(): void {
    this.expecting = 'end';
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

function malformed() {
  return badResponseError('(root)', 'The server sent malformed JSON.');
}

/**
 * Reads `wanted` top-level fields of the JSON object in `response`'s body, chunk by chunk, and
 * stops downloading once they are all read. A `Response` without a readable stream (a custom
 * fetch's stand-in) is read as text instead.
 */
export async function readTopLevelFields(
  response: Response,
  wanted: readonly string[],
): Promise<ReadonlyMap<string, TopLevelValue>> {
  const scanner = new TopLevelFieldScanner(wanted);
  const reader = response.body?.getReader();
  if (!reader) {
    scanner.push(new TextEncoder().encode(await settled(response.text())));
    return scanner.fields();
  }
  const slicer = new TimeSlicer(SLICE_MS);
  try {
    reading: for (;;) {
      const { done, value } = await settled(reader.read());
      if (done) break;
      for (let at = 0; at < value.length; at += PIECE_BYTES) {
        if (slicer.spent()) await slicer.yield();
        if (scanner.push(value.subarray(at, at + PIECE_BYTES))) {
          void reader.cancel().catch(() => {});
          break reading;
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
  return scanner.fields();
}

/** Main-thread time between two yields to the page while scanning. */
const SLICE_MS = 8;
/** Bytes scanned between two looks at the clock: well under a millisecond once compiled. */
const PIECE_BYTES = 16_384;
