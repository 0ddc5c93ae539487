import { instanceAnswer } from './instance-answer.ts';
import type { InstanceRecord } from './instance-record.ts';
import { SortedRecords } from './sorted-records.ts';

// The region's instances, found without looking at all of them: the newest-first order DescribeInstances answers in,
// and per filter field a list of the instances filed under each value, in the same order. A filtered query walks the
// shortest list its filters name and checks each instance on it against every filter, so its cost is that list's
// length, not the region's size, and its answer is already in order.
//
// Staying true. Lists are filed on add and removed from on remove; every other change to an instance happens to a
// record someone took from the region (`instances.get`, `World.findInstances`) or to one whose change landed on the
// timeline (services/cvm/operation.ts), and both mark it touched. Touched records are filed again under their current
// values before any query reads a list (`refresh`), and stay marked until the next request begins, so a change made
// after a query in the same request is still seen. Filing only adds: a record that moved from RUNNING to STOPPED is
// still on RUNNING's list until a walk of that list finds it no longer matches and drops it. So a list may hold stale
// entries but never misses one, and every entry a query returns has passed the query's own filters.

/** What an index needs of a filter: the values an instance is filed under, and the value a filter's value looks up. */
export interface IndexedField {
  keys: (record: InstanceRecord) => readonly string[];
  /** `tag:env` with value `prod` looks up `env\0prod`; the value itself by default. */
  lookupKey?: (value: string, name: string) => string;
}

/** Newest first by creation time, then by ID: the order DescribeInstances answers in. */
export function newestFirst(a: InstanceRecord, b: InstanceRecord): number {
  return b.createdAt - a.createdAt || (a.instance.InstanceId < b.instance.InstanceId ? -1 : a.instance.InstanceId > b.instance.InstanceId ? 1 : 0);
}

/** The zone an instance is in: the one field the emulator's own bookkeeping (quotas) asks the index for. */
export const ZONE_FIELD: IndexedField = { keys: (record) => [record.instance.Placement.Zone] };

/** One value's instances: a record alone (most IPs and UUIDs have one) or a sorted list. */
type Posting = InstanceRecord | SortedRecords<InstanceRecord>;

const sizeOf = (posting: Posting | undefined) => (posting === undefined ? 0 : posting instanceof SortedRecords ? posting.size : 1);

class FieldIndex {
  readonly postings = new Map<string, Posting>();

  constructor(readonly field: IndexedField) {}

  file(record: InstanceRecord): void {
    for (const key of this.field.keys(record)) {
      const posting = this.postings.get(key);
      if (posting === undefined) this.postings.set(key, record);
      else if (posting instanceof SortedRecords) posting.add(record);
      else if (posting !== record) {
        const list = new SortedRecords(newestFirst);
        list.add(posting);
        list.add(record);
        this.postings.set(key, list);
      }
    }
  }

  /** Appends a record that comes after every record filed so far (building the index in order). */
  append(record: InstanceRecord, lists: Map<string, InstanceRecord[]>): void {
    for (const key of this.field.keys(record)) {
      const list = lists.get(key);
      if (list) {
        if (list[list.length - 1] !== record) list.push(record);
      } else lists.set(key, [record]);
    }
  }

  unfile(record: InstanceRecord): void {
    for (const key of this.field.keys(record)) {
      const posting = this.postings.get(key);
      if (posting === record) this.postings.delete(key);
      else if (posting instanceof SortedRecords) {
        posting.delete(record);
        if (posting.size === 0) this.postings.delete(key);
      }
    }
  }
}

export interface IndexedFilter {
  field: string;
  definition: IndexedField;
  /** The filter's values (ORed); the filter's name for lookupKey. */
  values: readonly string[];
  name: string;
}

/** How many instances' JSON a region keeps (state/instance-index.ts `json`). */
const MAX_KEPT_JSON = 20_000;
const VERIFY_JSON = process.env.EMULATOR_VERIFY_INDEX === '1';
/** The instance as DescribeInstances writes it (state/instance-answer.ts), as UTF-8 JSON. */
const answerText = (record: InstanceRecord): Buffer => Buffer.from(JSON.stringify(instanceAnswer(record.instance)));

export class InstanceIndex {
  private sorted?: SortedRecords<InstanceRecord>;
  private sortedArray?: readonly InstanceRecord[];
  private readonly fields = new Map<string, FieldIndex>();
  /** Records that may have changed since they were last filed; kept until the next request begins. */
  private readonly touched = new Set<InstanceRecord>();
  /** Touched records not filed again since. */
  private readonly pending = new Set<InstanceRecord>();
  /**
   * Counts every change the index could have missed the meaning of: instances added or removed, records touched. A
   * remembered answer (`remember`) is good only while it stays the same.
   */
  private version = 0;
  private readonly answers = new Map<string, { version: number; records: InstanceRecord[] }>();
  /**
   * Instances' JSON as DescribeInstances writes them, kept while they stay untouched: by the rule above, a record that
   * may change is touched first, and touching forgets its text. At most MAX_KEPT_JSON are kept (~2 kB each), the
   * oldest forgotten first, so a million instances do not hold a million texts.
   */
  private readonly jsonTexts = new Map<InstanceRecord, Buffer>();

  constructor(private readonly records: ReadonlyMap<string, InstanceRecord> & { peek(id: string): InstanceRecord | undefined }) {}

  /** Whether the record is (still) one of the region's instances. */
  isLive(record: InstanceRecord): boolean {
    return this.records.peek(record.instance.InstanceId) === record;
  }

  /** Every instance, newest first. */
  all(): SortedRecords<InstanceRecord> {
    if (!this.sorted) this.sorted = SortedRecords.fromSorted(newestFirst, [...this.records.values()].sort(newestFirst));
    return this.sorted;
  }

  /** Every instance, newest first, as one array (shared, read-only; rebuilt after instances come or go). */
  allArray(): readonly InstanceRecord[] {
    this.sortedArray ??= this.all().toArray();
    return this.sortedArray;
  }

  added(record: InstanceRecord): void {
    this.version++;
    this.sortedArray = undefined;
    this.sorted?.add(record);
    for (const field of this.fields.values()) field.file(record);
  }

  removed(record: InstanceRecord): void {
    this.version++;
    this.sortedArray = undefined;
    this.sorted?.delete(record);
    for (const field of this.fields.values()) field.unfile(record);
    this.touched.delete(record);
    this.pending.delete(record);
    this.jsonTexts.delete(record);
  }

  touch(record: InstanceRecord): void {
    this.touched.add(record);
    this.pending.add(record);
    this.jsonTexts.delete(record);
  }

  /**
   * The instance as JSON text (UTF-8). A record touched in this request may still change before it ends: written afresh and
   * not kept. EMULATOR_VERIFY_INDEX=1 checks every kept text against the instance as it is.
   */
  json(record: InstanceRecord): Buffer {
    if (this.touched.has(record)) return answerText(record);
    const kept = this.jsonTexts.get(record);
    if (kept !== undefined) {
      if (VERIFY_JSON && !kept.equals(answerText(record))) {
        throw new Error(`The kept JSON of ${record.instance.InstanceId} is stale: the instance changed without being touched.`);
      }
      return kept;
    }
    const text = answerText(record);
    if (this.jsonTexts.size >= MAX_KEPT_JSON) this.jsonTexts.delete(this.jsonTexts.keys().next().value!);
    this.jsonTexts.set(record, text);
    return text;
  }

  /** A request begins: what the last one touched is filed under its values as they are now, and forgotten. */
  beginRequest(): void {
    this.refresh(true);
  }

  /** Files every touched record under its current values. */
  refresh(forget = false): void {
    // A record touched in this request may change again after this query: nothing read now is remembered past it.
    if (this.touched.size) this.version++;
    const records = forget ? this.touched : this.pending;
    if (records.size && this.fields.size) {
      for (const record of records) if (this.isLive(record)) for (const field of this.fields.values()) field.file(record);
    }
    this.pending.clear();
    if (forget) this.touched.clear();
  }

  /** How many instances the region's lists hold for a field's values (stale entries included): the cost of walking them. */
  private estimate(filter: IndexedFilter): number {
    const field = this.field(filter.field, filter.definition);
    let size = 0;
    for (const value of filter.values) size += sizeOf(field.postings.get(this.lookupKey(filter, value)));
    return size;
  }

  /**
   * The instances that pass `matches`, newest first. `indexed` are the query's filters that have an index; the
   * shortest one's lists are walked (all instances when there is none), every other filter is checked on each.
   */
  select(indexed: readonly IndexedFilter[], matches: (record: InstanceRecord) => boolean): InstanceRecord[] {
    this.refresh();
    let best: IndexedFilter | undefined;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const filter of indexed) {
      const size = this.estimate(filter);
      if (size < bestSize) {
        best = filter;
        bestSize = size;
      }
    }
    const result: InstanceRecord[] = [];
    if (!best) {
      for (const record of this.all()) if (matches(record)) result.push(record);
      return result;
    }
    const field = this.fields.get(best.field)!;
    const keys = [...new Set(best.values.map((value) => this.lookupKey(best, value)))];
    // A record on the walked list that is gone, or no longer filed under that value, is dropped from it as it is met.
    const stillFiled = (key: string) => (record: InstanceRecord) => this.isLive(record) && field.field.keys(record).includes(key);
    const seen = keys.length > 1 ? new Set<InstanceRecord>() : undefined;
    for (const key of keys) {
      const posting = field.postings.get(key);
      if (posting === undefined) continue;
      if (posting instanceof SortedRecords) {
        const filed = stillFiled(key);
        posting.sweep((record) => {
          if (!filed(record)) return false;
          if (matches(record) && !seen?.has(record)) {
            seen?.add(record);
            result.push(record);
          }
          return true;
        });
        if (posting.size === 0) field.postings.delete(key);
      } else if (!stillFiled(key)(posting)) field.postings.delete(key);
      else if (matches(posting) && !seen?.has(posting)) {
        seen?.add(posting);
        result.push(posting);
      }
    }
    // Several values walk several lists, each in order: merge them into one.
    if (keys.length > 1) result.sort(newestFirst);
    return result;
  }

  /**
   * The same query's answer again while nothing has changed since (`key` names the query: its filters and values), or
   * `select`'s answer, remembered. The console asks for the same filtered page every few seconds; a changed world
   * forgets every answer. Answers over 200 000 instances are not kept.
   */
  remember(key: string, answer: () => InstanceRecord[]): InstanceRecord[] {
    this.refresh();
    const known = this.answers.get(key);
    if (known && known.version === this.version) return known.records;
    const records = answer();
    if (known) this.answers.delete(key);
    if (records.length <= 200_000) {
      this.answers.set(key, { version: this.version, records });
      if (this.answers.size > 32) this.answers.delete(this.answers.keys().next().value!);
    }
    return records;
  }

  /** The index of one field, built from every instance the first time a query names it. */
  private field(name: string, definition: IndexedField): FieldIndex {
    let field = this.fields.get(name);
    if (field) return field;
    field = new FieldIndex(definition);
    const lists = new Map<string, InstanceRecord[]>();
    for (const record of this.all()) field.append(record, lists);
    for (const [key, list] of lists) field.postings.set(key, list.length === 1 ? list[0]! : SortedRecords.fromSorted(newestFirst, list));
    this.fields.set(name, field);
    return field;
  }

  private lookupKey(filter: IndexedFilter, value: string): string {
    return filter.definition.lookupKey ? filter.definition.lookupKey(value, filter.name) : value;
  }

  /**
   * Checks every built list against a full scan (tests): each live record is filed under each of its current values,
   * and the order is the order. Answers what is wrong, or an empty list.
   */
  verify(): string[] {
    const problems: string[] = [];
    this.refresh();
    const expected = [...this.records.values()].sort(newestFirst);
    const all = this.all().toArray();
    if (all.length !== expected.length || all.some((r, i) => r !== expected[i])) problems.push('the newest-first list differs from the instances');
    for (const [name, field] of this.fields) {
      for (const record of expected) {
        for (const key of field.field.keys(record)) {
          const posting = field.postings.get(key);
          const filed = posting === record || (posting instanceof SortedRecords && posting.has(record));
          if (!filed) problems.push(`${record.instance.InstanceId} is not filed under ${name}=${JSON.stringify(key)}`);
        }
      }
      for (const [key, posting] of field.postings) {
        if (posting instanceof SortedRecords) {
          const items = posting.toArray();
          if (items.some((r, i) => i > 0 && newestFirst(items[i - 1]!, r) >= 0)) problems.push(`${name}=${JSON.stringify(key)} is out of order`);
        }
      }
    }
    return problems;
  }
}

/**
 * The region's instances by ID: a Map that keeps the index (`index`) up to date as instances come and go, and marks
 * every record it hands out as touched, since whoever takes one may change it.
 */
export class InstanceMap extends Map<string, InstanceRecord> {
  readonly index: InstanceIndex = new InstanceIndex(this);

  override set(id: string, record: InstanceRecord): this {
    const before = super.get(id);
    if (before === record) return this;
    if (before) this.index?.removed(before);
    super.set(id, record);
    this.index?.added(record);
    return this;
  }

  override clear(): void {
    for (const record of [...super.values()]) this.index.removed(record);
    super.clear();
  }

  override delete(id: string): boolean {
    const before = super.get(id);
    if (!before) return false;
    super.delete(id);
    this.index.removed(before);
    return true;
  }

  override get(id: string): InstanceRecord | undefined {
    const record = super.get(id);
    if (record) this.index.touch(record);
    return record;
  }

  /** The record, without marking it touched: for readers that change nothing. */
  peek(id: string): InstanceRecord | undefined {
    return super.get(id);
  }
}
