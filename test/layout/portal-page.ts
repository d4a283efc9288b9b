import { html, render, type TemplateResult } from 'lit';

/**
 * A page laid out as a customer portal is: a top bar, a 240 px sidebar beside the main column
 * from 768 px up (a bar above it on a phone), the portal's 14 px font; or the element alone at
 * the browser's 16 px. The element goes where `content` is.
 */
export type PageKind = 'portal' | 'full-width';

const PORTAL_CSS = `
  .page { font: 14px/1.5 system-ui, sans-serif; }
  .page.full-width { font: 16px/1.5 system-ui, sans-serif; }
  .topbar { height: 56px; border-bottom: 1px solid #ddd; }
  .layout { display: flex; }
  .sidebar { flex: none; width: 240px; min-height: 400px; border-right: 1px solid #ddd; }
  .main { flex: 1; min-width: 0; padding: 24px; }
  @media (max-width: 767.98px) {
    .layout { display: block; }
    .sidebar { width: auto; min-height: 0; height: 48px; border-right: 0; border-bottom: 1px solid #ddd; }
    .main { padding: 12px; }
  }
`;

let mounted: HTMLElement | undefined;

export function mountPage(kind: PageKind, content: TemplateResult): HTMLElement {
  unmountPage();
  const style = document.createElement('style');
  style.textContent = PORTAL_CSS;
  const host = document.createElement('div');
  host.append(style);
  document.body.append(host);
  document.body.style.margin = '0';
  const page = document.createElement('div');
  host.append(page);
  render(
    kind === 'portal'
      ? html`<div class="page">
          <div class="topbar"></div>
          <div class="layout">
            <nav class="sidebar" aria-label="Account settings"></nav>
            <main class="main">${content}</main>
          </div>
        </div>`
      : html`<div class="page full-width">${content}</div>`,
    page,
  );
  mounted = host;
  return host;
}

export function unmountPage(): void {
  mounted?.remove();
  mounted = undefined;
}
