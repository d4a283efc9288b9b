import { expect } from '@open-wc/testing';
import { readTopLevelFields, TopLevelSkeleton } from '../../../src/adapters/gcore/top-level-fields.js';
import { UsersError } from '../../../src/core/index.js';
import { turnsDuring } from '../../support/page-turns.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('reading the top level of a JSON object from its bytes', () => {
  const tricky = JSON.stringify({
    users: [{ id: 1, name: 'A "quoted" name \\ with {braces} and [brackets]', currentUser: 99 }],
    'a key with "quotes" and {': { id: 2 },
    currentUser: 7,
    flag: true,
    label: 'x "y" \\ }',
    list: [1, [2]],
    id: 42,
  });
  const expected = {
    users: null,
    'a key with "quotes" and {': null,
    currentUser: 7,
    flag: true,
    label: 'x "y" \\ }',
    list: null,
    id: 42,
  };

  for (const size of [1, 2, 3, 5, 16, 1000]) {
    it(`keeps the top level, nested values as null, however the bytes are split (pieces of ${size})`, () => {
      const skeleton = new TopLevelSkeleton();
      const bytes = encode(tricky);
      for (let at = 0; at < bytes.length; at += size) skeleton.push(bytes.subarray(at, at + size));
      expect(skeleton.parse()).to.deep.equal(expected);
    });
  }

  it('reads a streamed answer chunk by chunk, and one without a stream as text', async () => {
    const bytes = encode(tricky);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
        controller.close();
      },
    });
    expect(await readTopLevelFields(new Response(streamed))).to.deep.equal(expected);
    const textOnly = { text: async () => tricky } as unknown as Response;
    expect(await readTopLevelFields(textOnly)).to.deep.equal(expected);
  });

  it('lets the page run while it scans a big answer', async () => {
    // About 20 MB in one chunk: scanned in one go, the page would get no turn before the end.
    const users = Array.from({ length: 250_000 }, (_, id) => ({
      id,
      email: `user${id}@example.com`,
      name: `User ${id}`,
    }));
    const bytes = encode(JSON.stringify({ id: 42, users, currentUser: 7 }));
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
    );
    const { result, turns } = await turnsDuring(() => readTopLevelFields(response));
    expect(result).to.deep.equal({ id: 42, users: null, currentUser: 7 });
    expect(turns).to.be.greaterThan(0);
  });

  for (const [label, text, message] of [
    ['empty', '  ', 'empty answer'],
    ['a web page', '<html><body>{"id": 1}</body></html>', 'web page'],
    ['cut short', '{"id": 1, "users": [1, 2', 'malformed JSON'],
    ['followed by more', '{"id": 1} {"id": 2}', 'malformed JSON'],
    ['malformed at the top', '{"id": 4x2}', 'malformed JSON'],
  ] as const) {
    it(`refuses ${label} as bad_response`, async () => {
      let error: unknown;
      try {
        await readTopLevelFields(new Response(text));
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(UsersError);
      expect((error as UsersError).code).to.equal('bad_response');
      expect((error as UsersError).message).to.contain(message);
    });
  }
});
