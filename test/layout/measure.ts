/**
 * Layout checks that measure what the browser drew (boxes, scroll sizes, text metrics), not the
 * markup: a clipped label, a select too narrow for its value, something past the page's edge.
 * Each returns a readable line per problem, so a failure says what a person would see.
 */

/** Every element and text node in `root`'s composed tree (open shadow roots and slots followed). */
export function* composedNodes(root: Node): Generator<Node> {
  yield root;
  if (root instanceof HTMLSlotElement) {
    for (const node of root.assignedNodes({ flatten: true })) yield* composedNodes(node);
    return;
  }
  const children = root instanceof Element && root.shadowRoot ? root.shadowRoot.childNodes : root.childNodes;
  for (const child of children) yield* composedNodes(child);
}

/** The composed parent: across a shadow root to its host, and from a slotted node to its slot. */
function composedParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.nodeType === Node.TEXT_NODE && (node as Text).assignedSlot) return (node as Text).assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Drawn for a sighted user: rendered, not `visibility: hidden`, not a 1-px screen-reader-only box. */
export function isSeen(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.clipPath === 'inset(50%)') return false;
    const box = node.getBoundingClientRect();
    if (style.overflow === 'hidden' && box.width <= 1 && box.height <= 1) return false;
  }
  return true;
}

function describe(element: Element): string {
  const part = element.getAttribute('part');
  const label = element.getAttribute('aria-label');
  return `<${element.localName}${part ? ` part="${part}"` : ''}${label ? ` aria-label="${label}"` : ''}>`;
}

/** Where a clipping ancestor stops showing its content, on the x axis. */
function clipBoxes(element: Element): Array<{ left: number; right: number; by: Element }> {
  const boxes: Array<{ left: number; right: number; by: Element }> = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible') continue;
    const box = node.getBoundingClientRect();
    const left = box.left + parseFloat(style.borderLeftWidth);
    const right = box.right - parseFloat(style.borderRightWidth);
    boxes.push({ left, right, by: node });
  }
  return boxes;
}

/**
 * Text cut on the x axis: a text node drawn (partly) outside an ancestor that clips, or ending in
 * an ellipsis.
 */
export function clippedTexts(root: Element): string[] {
  const problems: string[] = [];
  for (const node of composedNodes(root)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const parent = composedParent(node);
    if (!parent || !isSeen(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    if (rects.length === 0) continue;
    const text = node.textContent.trim().slice(0, 60);
    const style = getComputedStyle(parent);
    if (style.textOverflow === 'ellipsis' && parent.scrollWidth > parent.clientWidth + 0.5) {
      problems.push(`"${text}" ends in an ellipsis in ${describe(parent)}`);
      continue;
    }
    for (const clip of clipBoxes(parent)) {
      const outside = rects.some((rect) => rect.left < clip.left - 1 || rect.right > clip.right + 1);
      if (outside) {
        problems.push(`"${text}" is cut by ${describe(clip.by)} (${Math.round(clip.left)}–${Math.round(clip.right)})`);
        break;
      }
    }
  }
  return problems;
}

/** Selects whose box is narrower than the text of the option they show. */
export function selectsHidingTheirValue(root: Element): string[] {
  const problems: string[] = [];
  const context = document.createElement('canvas').getContext('2d')!;
  for (const node of composedNodes(root)) {
    if (!(node instanceof HTMLSelectElement) || !isSeen(node)) continue;
    const option = node.selectedOptions[0];
    if (!option) continue;
    const style = getComputedStyle(node);
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = option.textContent!.trim();
    const needed = context.measureText(text).width;
    // A native select draws its arrow inside its padding box; one with `appearance: none` leaves
    // room for a drawn chevron in its padding.
    const arrow = style.appearance === 'none' ? 0 : 20;
    const room = node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    if (needed > room + 1) {
      problems.push(`select ${describe(node)} shows "${text}" (${Math.round(needed)} px) in ${Math.round(room)} px`);
    }
  }
  return problems;
}

/** Anything seen in `root` whose box reaches past `right` (the page's or the element's edge). */
export function boxesPast(root: Element, right: number): string[] {
  const problems: string[] = [];
  for (const node of composedNodes(root)) {
    if (!(node instanceof Element) || !isSeen(node)) continue;
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.right > right + 1)
      problems.push(`${describe(node)} ends at ${Math.round(box.right)} px, past ${Math.round(right)}`);
  }
  return problems.slice(0, 10);
}

/** Buttons cut by their row or the element with no scrollbar to reach the rest. */
export function buttonsCut(root: Element): string[] {
  const problems: string[] = [];
  for (const node of composedNodes(root)) {
    if (!(node instanceof HTMLButtonElement) || !isSeen(node)) continue;
    const box = node.getBoundingClientRect();
    const parent = composedParent(node);
    for (const clip of parent ? clipBoxes(parent) : []) {
      if (box.left < clip.left - 1 || box.right > clip.right + 1) {
        const scrolls = clip.by.scrollWidth > clip.by.clientWidth && getComputedStyle(clip.by).overflowX !== 'hidden';
        if (!scrolls) problems.push(`${describe(node)} "${node.textContent!.trim()}" is cut by ${describe(clip.by)}`);
        break;
      }
    }
    if (node.scrollWidth > node.clientWidth + 1) problems.push(`${describe(node)}'s label is wider than the button`);
  }
  return problems;
}
