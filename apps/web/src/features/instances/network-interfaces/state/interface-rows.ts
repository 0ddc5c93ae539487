import type { NetworkInterface } from '@cvm/shared';

// The rows of an instance's "Network interfaces" tab. The cloud lists an instance's primary interface with its elastic
// ones (Primary: true, device 0), and so does the emulator: it is shown once, first, marked primary and without an
// unbind control. Where a listing lacks it, the table builds its row from the instance's own network instead, so the
// primary interface is counted once either way: one listed, or one stood in for — never both.

export interface InterfaceRows {
  /** The listed primary interface, or undefined when the listing has none (the table stands in for it). */
  primary: NetworkInterface | undefined;
  /** The elastic interfaces bound to the instance, by device index. */
  elastic: NetworkInterface[];
  /** Every interface the instance has, the primary one included once. */
  count: number;
}

const byDevice = (a: NetworkInterface, b: NetworkInterface) => (a.Attachment?.DeviceIndex ?? 0) - (b.Attachment?.DeviceIndex ?? 0);

export function interfaceRows(interfaces: readonly NetworkInterface[]): InterfaceRows {
  // One primary interface: a second one listed (a page read while the list changed) is the same interface.
  const primary = interfaces.find((eni) => eni.Primary);
  const elastic = interfaces.filter((eni) => !eni.Primary).sort(byDevice);
  return { primary, elastic, count: elastic.length + 1 };
}
