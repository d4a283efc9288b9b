import { expect } from '@open-wc/testing';
import { boxesPast, buttonsCut, clippedTexts, selectsHidingTheirValue } from './measure.js';

/** The layout checks themselves: each one finds what it is there to find, and nothing in a fine layout. */
describe('layout measures', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.createElement('div');
    box.style.cssText = 'width: 300px; font: 16px sans-serif';
    document.body.append(box);
  });
  afterEach(() => box.remove());

  function put(markup: string): HTMLElement {
    // Test fixtures only: a fixed string, no data.
    const template = document.createElement('template');
    template.innerHTML = markup;
    box.append(template.content);
    return box;
  }

  it('clippedTexts: an ellipsis and text cut by an overflow: hidden box; wrapped text is fine', () => {
    put(`<p style="width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">A label too long</p>
      <div style="width:60px;overflow:hidden"><span style="white-space:nowrap">Another long one</span></div>
      <p style="width:80px">Wraps onto several lines</p>`);
    const problems = clippedTexts(box);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('ellipsis');
    expect(problems[1]).to.contain('is cut by');
  });

  it('clippedTexts ignores screen-reader-only text', () => {
    put(
      `<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap">Only read aloud</span>`,
    );
    expect(clippedTexts(box)).to.deep.equal([]);
  });

  it('selectsHidingTheirValue: a select narrower than its chosen option', () => {
    put(`<select style="width:40px"><option>Activated</option></select>
      <select><option>All</option></select>`);
    const problems = selectsHidingTheirValue(box);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"Activated"');
  });

  it('buttonsCut: a button cut by its row, and a label wider than its button', () => {
    put(`<div style="width:100px;overflow:hidden;white-space:nowrap"><span style="display:inline-block;width:90px"></span><button>Delete</button></div>
      <button style="width:30px;overflow:hidden;white-space:nowrap">Invite user</button>`);
    const problems = buttonsCut(box);
    expect(problems, problems.join('; ')).to.have.length(2);
  });

  it('buttonsCut accepts a button reached by a visible scroll', () => {
    put(
      `<div style="width:100px;overflow-x:auto;white-space:nowrap"><span style="display:inline-block;width:90px"></span><button>Delete</button></div>`,
    );
    expect(buttonsCut(box)).to.deep.equal([]);
  });

  it('boxesPast: whatever reaches past the given edge', () => {
    put(`<div style="width:500px">wide</div>`);
    expect(boxesPast(box, 400)).to.have.length(1);
    expect(boxesPast(box, 600)).to.deep.equal([]);
  });
});
