import { randomUUID } from 'node:crypto';

// A list of objects already written as JSON, put into an answer as it is: DescribeInstances answers with instances
// whose JSON the region keeps as UTF-8 bytes (state/instance-index.ts `json`), so a page of 100 costs copying 150 kB,
// not a JSON.stringify and a UTF-8 encoding of it. JSON.stringify cannot take text as it is (JSON.rawJSON is not in
// Node 20), so the list stands in the answer as a placeholder string only this process could have made, and
// `serializeAnswer` writes the list's bytes where the placeholder is.

const PLACEHOLDER_PREFIX = `\u0000json-list:${randomUUID()}:`;
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

export class JsonList {
  private static next = 0;
  readonly placeholder = `${PLACEHOLDER_PREFIX}${JsonList.next++}`;

  /** Each item: one JSON value, UTF-8. */
  constructor(readonly items: readonly Buffer[]) {}

  /** What JSON.stringify writes for the list: its placeholder, which `serializeAnswer` replaces with the items. */
  toJSON(): string {
    lists.push(this);
    return this.placeholder;
  }
}

/** The lists met by the JSON.stringify under way (one at a time: stringify is synchronous). */
const lists: JsonList[] = [];

/** JSON.stringify as UTF-8 bytes, with every JsonList in the value written as its items. */
export function serializeAnswer(value: unknown): Buffer {
  lists.length = 0;
  const text = JSON.stringify(value);
  if (lists.length === 0) return Buffer.from(text);
  const chunks: Buffer[] = [];
  let from = 0;
  // Placeholders appear in the text in the order stringify met them.
  for (const list of lists) {
    const placeholder = JSON.stringify(list.placeholder);
    const at = text.indexOf(placeholder, from);
    chunks.push(Buffer.from(text.slice(from, at)), OPEN);
    list.items.forEach((item, i) => {
      if (i > 0) chunks.push(COMMA);
      chunks.push(item);
    });
    chunks.push(CLOSE);
    from = at + placeholder.length;
  }
  chunks.push(Buffer.from(text.slice(from)));
  lists.length = 0;
  return Buffer.concat(chunks);
}
