/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureBundle, type BundleSize } from '../bundle-size.js';
import { DESCOPE_ENTRY, ELEMENT_ENTRIES, EN_CATALOG_ENTRY, HOST_ENTRY, ROOT, VAADIN_ENTRY } from './entries.js';
import { kB, verdict } from './format.js';
import type { Row } from './table.js';

/** The target for everything a host loads, lit included. */
export const HOST_TARGET_BYTES = 25_000;

async function version(name: string): Promise<string> {
  const json = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return json.version;
}

function sizes(size: BundleSize): string {
  return `${kB(size.initialGzip)} gzip · ${kB(size.initialMinified)} min`;
}

/** A package that cannot be bundled here is reported with the reason instead of a figure. */
async function attempt(source: string, options: { externalDeps?: boolean } = {}): Promise<BundleSize | string> {
  try {
    return await measureBundle(source, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `could not be bundled offline: ${message.split('\n')[0]}`;
  }
}

/** Every size row of the table, measured now (a few seconds of Vite builds). */
export async function measureSizes(): Promise<Row[]> {
  const rows: Row[] = [];
  const host = await measureBundle(HOST_ENTRY);
  const hostBare = await measureBundle(HOST_ENTRY, { externalDeps: true });
  rows.push(
    {
      measure: 'Size: what a host loads for `<user-list>` and its dialogs (package entry), lit + zod included',
      figure: sizes(host),
      target: verdict('≤ 25 kB gzip', host.initialGzip <= HOST_TARGET_BYTES),
    },
    { measure: 'Size: the same, lit + zod external (the widget’s own code)', figure: sizes(hostBare) },
  );
  for (const element of ELEMENT_ENTRIES) {
    const withLit = await measureBundle(element.source);
    const bare = await measureBundle(element.source, { externalDeps: true });
    rows.push({
      measure: `Size: ${element.label} alone`,
      figure: `${sizes(withLit)}; lit + zod external: ${kB(bare.initialGzip)} gzip`,
    });
  }
  const en = await measureBundle(EN_CATALOG_ENTRY);
  const lazy = ['de', 'zh', 'ru']
    .map((lang) => {
      const chunk = host.lazy.find((item) => item.name === lang);
      return `${lang} ${chunk ? kB(chunk.gzip) : 'missing'}`;
    })
    .join(' · ');
  rows.push({
    measure: 'Size: language catalogs, gzip (en is in the initial bundle; de, zh, ru are lazy chunks)',
    figure: `en ${kB(en.initialGzip)} · ${lazy}`,
  });

  const descope = await attempt(DESCOPE_ENTRY);
  rows.push({
    measure: `Size: @descope/user-management-widget ${await version('@descope/user-management-widget')}`,
    figure:
      typeof descope === 'string'
        ? descope
        : `${sizes(descope)}, + ${kB(descope.lazy.reduce((sum, chunk) => sum + chunk.gzip, 0))} gzip lazy ` +
          `(${[...new Set(descope.lazy.map((chunk) => chunk.name))].join(', ')}); not counted: its UI components ` +
          `(@descope/web-components-ui) and page templates, which it fetches from Descope’s CDN at run time`,
  });
  const vaadin = await attempt(VAADIN_ENTRY);
  const vaadinBare = await attempt(VAADIN_ENTRY, { externalDeps: true });
  rows.push({
    measure: `Size: @vaadin/grid ${await version('@vaadin/grid')} + @vaadin/dialog ${await version('@vaadin/dialog')}, lit included`,
    figure:
      typeof vaadin === 'string'
        ? vaadin
        : `${sizes(vaadin)}; lit external: ${typeof vaadinBare === 'string' ? vaadinBare : kB(vaadinBare.initialGzip)} gzip`,
  });
  return rows;
}
