import { expect } from '@open-wc/testing';
import { NESTED, readTopLevelFields, TopLevelFieldScanner } from '../../../src/adapters/gcore/top-level-fields.js';
import { UsersError } from '../../../src/core/index.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A body streamed in pieces of `size` bytes, counting how many pieces were pulled. */
function streamed(text: string, size: number): { response: Response; pulled: () => number } {
  const bytes = encode(text);
  let at = 0;
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return { response: new Response(body), pulled: () => pulls };
}

describe('reading top-level fields of a JSON object from its bytes', () => {
  const tricky = JSON.stringify({
    users: [{ id: 1, name: 'A "quoted" name \\ with {braces} and [brackets]', currentUser: 99 }],
    'a key with "quotes"': { id: 2 },
    currentUser: 7,
    flag: true,
    label: 'x "y" \\',
    list: [1, 2],
    id: 42,
  });

  for (const size of [1, 2, 3, 5, 16, 1000]) {
    it(`finds them however the bytes are split (pieces of ${size})`, () => {
      const scanner = new TopLevelFieldScanner(['id', 'currentUser', 'flag', 'label', 'list']);
      const bytes = encode(tricky);
      for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
      const fields = scanner.fields();
      expect(Object.fromEntries(fields)).to.deep.equal({
        currentUser: 7,
        flag: true,
        label: 'x "y" \\',
        list: NESTED,
        id: 42,
      });
    });
  }

  it('stops reading the answer once every wanted field is read', async () => {
    const text = JSON.stringify({ currentUser: 7, id: 42, users: Array.from({ length: 5000 }, (_, id) => ({ id })) });
    const { response, pulled } = streamed(text, 100);
    const fields = await readTopLevelFields(response, ['id', 'currentUser']);
    expect(Object.fromEntries(fields)).to.deep.equal({ currentUser: 7, id: 42 });
    expect(pulled()).to.be.lessThan(5);
  });

  it('lets the page paint while it scans a big answer', async () => {
    const users = Array.from({ length: 60_000 }, (_, id) => ({
      id,
      email: `user${id}@example.com`,
      name: `User ${id}`,
    }));
    const text = JSON.stringify({ id: 42, users, currentUser: 7 });
    // One chunk: all the scanning in what would otherwise be one task.
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encode(text));
          controller.close();
        },
      }),
    );
    let frames = 0;
    let counting = true;
    const frame = () => {
      frames += 1;
      if (counting) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const fields = await readTopLevelFields(response, ['id', 'currentUser']);
    counting = false;
    expect(fields.get('currentUser')).to.equal(7);
    expect(frames).to.be.greaterThan(1);
  });

  for (const [label, text, message] of [
    ['empty', '', 'empty answer'],
    ['a web page', '<html></html>', 'web page'],
    ['an array', '[1]', 'not a JSON object'],
    ['cut short', '{"users": [1, 2', 'malformed JSON'],
    ['a malformed wanted value', '{"id": 4x2}', 'malformed "id"'],
  ] as const) {
    it(`refuses ${label} as bad_response`, async () => {
      let error: unknown;
      try {
        await readTopLevelFields(new Response(text), ['id']);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(UsersError);
      expect((error as UsersError).code).to.equal('bad_response');
      expect((error as UsersError).message).to.contain(message);
    });
  }
});
