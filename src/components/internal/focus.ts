/**
 * Focus helpers for dialogs, which must see through shadow roots: the page's focused element is
 * often a button inside some element's shadow root, and a dialog's fields are slotted in from
 * another shadow root.
 */

/** The element that really has focus: `document.activeElement`, followed into open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | undefined {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

const FIELD_SELECTOR = 'input:not([type="hidden"]), select, textarea';
const FOCUSABLE_SELECTOR = `${FIELD_SELECTOR}, button, a[href], [tabindex]:not([tabindex="-1"])`;

/**
 * Where focus should start in content made of `roots` (in order): the first element with
 * `autofocus`, else the first form field, else the first focusable element. Elements are visited in
 * the flat tree (open shadow roots and slots), so a field inside a nested component counts.
 */
export function firstFocusTarget(roots: readonly Element[]): HTMLElement | undefined {
  const candidates = roots.flatMap((root) => [...flatTree(root)]).filter(isFocusable);
  return (
    candidates.find((el) => el.hasAttribute('autofocus')) ??
    candidates.find((el) => el.matches(FIELD_SELECTOR)) ??
    candidates[0]
  );
}

function* flatTree(element: Element): Generator<Element> {
  yield element;
  const children =
    element instanceof HTMLSlotElement
      ? element.assignedElements({ flatten: true })
      : [...(element.shadowRoot ?? element).children];
  for (const child of children) yield* flatTree(child);
}

function isFocusable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.matches(FOCUSABLE_SELECTOR)) return false;
  if ((element as HTMLInputElement).disabled || element.closest('[inert]')) return false;
  // An unchecked radio in a group that has a checked one is not a tab stop.
  if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && element.name) {
    const group = element.form?.elements.namedItem(element.name);
    if (group instanceof RadioNodeList && group.value !== '') return false;
  }
  return element.checkVisibility();
}

/** `ancestor.contains(node)` across shadow roots: true when `node` sits anywhere inside `ancestor`. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}
