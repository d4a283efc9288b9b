/**
 * What the widget rendered, as structure: every element (through open shadow roots) with the names
 * of its attributes, and every comment. Two renders of the same state with different text must
 * give the same census; a value that turned into markup adds an element, an attribute or a comment.
 */
export function census(root: Element): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const walk = (node: Node) => {
    if (node instanceof Element) {
      const attributes = [...node.attributes].map((attribute) => attribute.name).sort();
      add(`<${node.localName} ${attributes.join(' ')}>`);
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    } else if (node.nodeType === Node.COMMENT_NODE) {
      add('<!---->');
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return counts;
}

/** Census entries that differ, as "key: control → hostile", for a readable failure. */
export function censusDiff(control: Map<string, number>, hostile: Map<string, number>): string[] {
  const keys = new Set([...control.keys(), ...hostile.keys()]);
  return [...keys]
    .filter((key) => control.get(key) !== hostile.get(key))
    .map((key) => `${key}: ${control.get(key) ?? 0} → ${hostile.get(key) ?? 0}`);
}

/** Elements whose tag could only have come from data: the widget renders none of them itself. */
const FOREIGN = 'script, img, iframe, object, embed, a, math, template, style, body, details, link, meta, base, b, i';

/** Every foreign element or event-handler / URL attribute anywhere under `root`, shadow roots included. */
export function injected(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.matches(FOREIGN)) found.push(`<${node.localName}>`);
      for (const attribute of node.attributes) {
        if (
          /^on/i.test(attribute.name) ||
          ['href', 'src', 'srcdoc', 'xlink:href', 'formaction', 'style'].includes(attribute.name)
        ) {
          found.push(`<${node.localName} ${attribute.name}>`);
        }
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** All text under `root`, through shadow roots, unnormalised: what `textContent` would give if shadows were inline. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/**
 * Elements under `root` (shadow roots included) drawn past `right`, by tag and part: what sticks out
 * of the container. An element inside an ancestor that clips or scrolls within the limit is not
 * drawn past it, so it does not count.
 */
export function sticksOut(root: Element, right: number): string[] {
  const found: string[] = [];
  const walk = (node: Node, clippedBy: boolean) => {
    let clipped = clippedBy;
    if (node instanceof Element) {
      const rect = node.getBoundingClientRect();
      const overflowX = getComputedStyle(node).overflowX;
      // Text wider than a fixed-width box runs out of it without making the box any wider.
      const textRunsOut = overflowX === 'visible' && node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1;
      const drawnTo = textRunsOut ? rect.left + node.scrollWidth : rect.right;
      if (!clipped && node.getClientRects().length > 0 && drawnTo > right + 0.5) {
        const part = node.getAttribute('part');
        found.push(`<${node.localName}${part ? ` part="${part}"` : ''}> right=${Math.round(drawnTo)}`);
      }
      if (overflowX !== 'visible' && rect.right <= right + 0.5) clipped = true;
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach((child) => walk(child, clipped));
    }
    node.childNodes.forEach((child) => walk(child, clipped));
  };
  walk(root, false);
  return found;
}
