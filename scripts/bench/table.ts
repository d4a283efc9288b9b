/** The one table `npm run bench` prints, as Markdown so the README can hold it as is. */

export interface Row {
  readonly measure: string;
  readonly figure: string;
  readonly target?: string;
}

export function markdownTable(rows: readonly Row[]): string {
  const cells = rows.map((row) =>
    [row.measure, row.figure, row.target ?? ''].map((cell) => cell.replace(/\|/g, '\\|')),
  );
  const header = ['measure', 'figure (median of the runs, range in brackets)', 'target'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}
