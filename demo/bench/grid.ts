import type { User } from '../../src/index.js';
import { MemoryAdapter } from '../../src/testing.js';
import { afterNextPaint, deepElementCount, whenDom } from './paint.js';

/**
 * The comparison page: the same seeded users as an array in Vaadin's `<vaadin-grid>`, driven by
 * scripts/bench/ through `window.gridBench`.
 */

// Vaadin's development-mode usage statistics would try to reach its server from a page on
// 127.0.0.1; opt out before the grid is loaded (the benchmark also blocks every other origin).
localStorage.setItem('vaadin.statistics.optout', 'true');
await import('@vaadin/grid');

/** Shaped like HTMLElement plus what the benchmark sets; the grid's own types need its mixins. */
type GridElement = HTMLElement & { items: User[] | undefined };

const COLUMNS = ['id', 'email', 'name', 'role', 'lang', 'activated', 'twoFa'] as const;

let users: User[] = [];
let grid: GridElement | undefined;

export interface GridTiming {
  readonly itemsSetAt: number;
  readonly inDomAt: number;
  readonly paintedAt: number;
}

const bench = {
  /** The same account as the `<user-list>` page, every user as one array, ordered by ID. */
  async seed(userCount: number): Promise<void> {
    const adapter = new MemoryAdapter({ userCount });
    const page = await adapter.listUsers({ offset: 0, limit: userCount, sort: { field: 'id', direction: 'asc' } });
    users = [...page.items];
  },

  /** Mounts an empty grid with one column per field the list shows and waits for it to paint. */
  async mount(): Promise<void> {
    grid = document.createElement('vaadin-grid') as GridElement;
    grid.style.height = '500px';
    for (const path of COLUMNS) {
      const column = document.createElement('vaadin-grid-column');
      column.setAttribute('path', path);
      column.setAttribute('header', path);
      grid.append(column);
    }
    document.querySelector('main')!.append(grid);
    await afterNextPaint();
    await afterNextPaint();
  },

  /** Sets the items; resolves when the first user's email is in a cell and that frame has painted. */
  async setItems(): Promise<GridTiming> {
    const target = grid!;
    const email = users[0]!.email;
    const shown = () =>
      [...target.querySelectorAll('vaadin-grid-cell-content')].some((cell) => cell.textContent === email);
    if (shown()) throw new Error('benchmark: the grid already shows its rows');
    const itemsSetAt = performance.now();
    const inDom = whenDom([target, target.shadowRoot!], shown, 'the rows of the grid');
    target.items = users;
    const inDomAt = await inDom;
    const paintedAt = await afterNextPaint();
    return { itemsSetAt, inDomAt, paintedAt };
  },

  rowCount(): { rows: number; elements: number } {
    const root = grid!.shadowRoot!;
    return {
      rows: root.querySelectorAll('#items tr').length,
      elements: 1 + deepElementCount(root) + deepElementCount(grid!),
    };
  },
};

export type GridBench = typeof bench;

declare global {
  interface Window {
    gridBench?: GridBench;
  }
}

window.gridBench = bench;
document.body.dataset.ready = 'true';
