/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html, nothing, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { configure, prettyDOM } from 'storybook/test';
import { UsersElement } from '../src/components/internal/users-element.js';

// Written by `npm run analyze` (every storybook script runs it first). A glob rather than an import,
// so a missing file costs the docs tables, not the whole Storybook.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('custom-elements.json is missing: run `npm run analyze` for the API tables in the docs.');
}

// Play functions query inside shadow roots (stories/support/shadow.ts). Testing Library's default
// failure message prints the container and throws "Expected an element or document but got
// ShadowRoot" instead, hiding the real failure: print the root's children.
configure({
  getElementError(message, container) {
    const nodes = container instanceof ShadowRoot ? [...container.children] : container ? [container] : [];
    const dom = nodes.map((node) => prettyDOM(node, 4000, { highlight: false })).join('\n');
    const error = new Error([message, dom].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

type Theme = 'light' | 'dark';

/** The page colour behind each theme, the widget's own background token, so axe measures contrast as a host would show it. */
const PAGE_BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#16191f' };

/**
 * Pins `theme` on every widget element the story rendered into the story root. Placed after the
 * story in the template, so by the time it runs the story's elements are in the DOM. Elements a
 * composite renders in its own shadow root get the theme from that composite.
 */
class ApplyTheme extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('applyTheme() belongs in a child position');
  }

  render(_theme: Theme) {
    return nothing;
  }

  override update(part: ChildPart, [theme]: [Theme]) {
    const root = part.parentNode;
    if (root instanceof Element || root instanceof DocumentFragment) {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof UsersElement) element.theme = theme;
      }
    }
    return nothing;
  }
}
const applyTheme = directive(ApplyTheme);

const preview: Preview = {
  // Autodocs page for every component, from the stories and custom-elements.json.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widget (the lang attribute on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'zh', title: '中文' },
          { value: 'ru', title: 'Русский' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (the theme attribute on every widget element of the story)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      const theme: Theme = globals['theme'] === 'dark' ? 'dark' : 'light';
      const lang = typeof globals['lang'] === 'string' ? globals['lang'] : 'en';
      return html`<div
        class="story-root"
        lang=${lang}
        data-theme=${theme}
        style="padding: 1rem; font-family: system-ui, sans-serif; background: ${PAGE_BACKGROUND[theme]}; color-scheme: ${theme}"
      >
        ${story()}${applyTheme(theme)}
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    viewport: {
      // Stories of the narrow layout select it (`globals.viewport`); story tests resize to it too.
      options: {
        phone360: { name: 'Phone, 360 px', styles: { width: '360px', height: '740px' }, type: 'mobile' },
      },
    },
    a11y: {
      // An axe violation fails the story's test (npm run test:stories), not just a panel entry.
      test: 'error',
    },
  },
};

export default preview;
