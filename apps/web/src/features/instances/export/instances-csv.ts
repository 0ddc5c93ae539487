import { toCsv, UTF8_BOM, type Instance } from '@cvm/shared';
import type { Messages } from '../../../i18n/en.ts';
import type { InstanceColumn } from '../columns/instance-columns.tsx';

/**
 * The CSV of an instance export: region, ID and name, then the person's columns in their order (not the live ones,
 * read from monitoring while a page shows them), each cell as the column's text (times as exact ISO instants). With a byte-order mark, so spreadsheet apps read the Chinese as UTF-8;
 * formula-looking cells are neutralised by toCsv.
 */
export function instancesCsv(
  rows: readonly { region: string; instance: Instance }[],
  columns: readonly InstanceColumn[],
  t: Messages,
  headings: { region: string; id: string; name: string },
): string {
  columns = columns.filter((column) => !column.live);
  const header = [headings.region, headings.id, headings.name, ...columns.map((column) => t.instances.columns[column.id])];
  const body = rows.map(({ region, instance }) => [region, instance.InstanceId, instance.InstanceName, ...columns.map((column) => column.text(instance, t))]);
  return UTF8_BOM + toCsv([header, ...body]);
}

/** `instances-ap-guangzhou-20261207-153012.csv`: where and when, in the reader's own clock. */
export function exportFileName(region: string, at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `instances-${region}-${stamp}.csv`;
}
