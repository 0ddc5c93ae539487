// A list kept in one fixed order, cut into chunks of at most CHUNK items so that adding or removing one item moves at
// most a chunk (not the whole list), finding one is two binary searches, and a page at an offset is a walk over the
// chunks' lengths. The order must never change for an item while it is in the list (an instance's creation time and ID).

const CHUNK = 512;

export class SortedRecords<T> {
  private chunks: T[][] = [];
  private count = 0;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.count;
  }

  /** Builds the list from items already in order (each one after the one before). */
  static fromSorted<T>(compare: (a: T, b: T) => number, items: readonly T[]): SortedRecords<T> {
    const list = new SortedRecords(compare);
    for (let i = 0; i < items.length; i += CHUNK) list.chunks.push(items.slice(i, i + CHUNK));
    list.count = items.length;
    return list;
  }

  /** Adds the item in its place; false (and nothing changes) when it is already there. */
  add(item: T): boolean {
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      this.count = 1;
      return true;
    }
    const c = this.chunkFor(item);
    const chunk = this.chunks[c]!;
    const i = this.positionIn(chunk, item);
    if (i < chunk.length && this.compare(chunk[i]!, item) === 0) {
      if (chunk[i] === item) return false;
      // Another item in the same place (an instance gone whose ID came back): the newcomer takes it.
      chunk[i] = item;
      return true;
    }
    chunk.splice(i, 0, item);
    this.count++;
    if (chunk.length > 2 * CHUNK) this.chunks.splice(c + 1, 0, chunk.splice(CHUNK));
    return true;
  }

  /** Removes the item; false when it was not there. */
  delete(item: T): boolean {
    if (this.chunks.length === 0) return false;
    const c = this.chunkFor(item);
    const chunk = this.chunks[c]!;
    const i = this.positionIn(chunk, item);
    if (i >= chunk.length || chunk[i] !== item) return false;
    chunk.splice(i, 1);
    this.count--;
    if (chunk.length === 0) this.chunks.splice(c, 1);
    return true;
  }

  has(item: T): boolean {
    if (this.chunks.length === 0) return false;
    const chunk = this.chunks[this.chunkFor(item)]!;
    return chunk[this.positionIn(chunk, item)] === item;
  }

  /** Up to `limit` items from `offset` on, in order. */
  slice(offset: number, limit: number): T[] {
    const page: T[] = [];
    let skip = Math.max(0, offset);
    for (const chunk of this.chunks) {
      if (page.length >= limit) break;
      if (skip >= chunk.length) {
        skip -= chunk.length;
        continue;
      }
      for (let i = skip; i < chunk.length && page.length < limit; i++) page.push(chunk[i]!);
      skip = 0;
    }
    return page;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /** Calls `keep` for each item in order; the items it answers false for are removed as it goes. */
  sweep(keep: (item: T) => boolean): void {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      let kept = 0;
      for (let i = 0; i < chunk.length; i++) {
        const item = chunk[i]!;
        if (keep(item)) chunk[kept++] = item;
      }
      this.count -= chunk.length - kept;
      chunk.length = kept;
      if (kept === 0) this.chunks.splice(c--, 1);
    }
  }

  toArray(): T[] {
    return this.chunks.flat();
  }

  /** The chunk the item belongs in: the first whose last item is not before it (the last chunk otherwise). */
  private chunkFor(item: T): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid]!;
      if (this.compare(chunk[chunk.length - 1]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first position in the chunk whose item is not before `item`. */
  private positionIn(chunk: readonly T[], item: T): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(chunk[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
