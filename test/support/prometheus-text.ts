// A strict reader of Prometheus' text exposition format (0.0.4), so a test holds /metrics to the format: every line a
// HELP, a TYPE or a sample; names and labels as the format spells them (escapes included); values numbers or
// NaN/±Inf; every sample under a family its TYPE declared, histograms as _bucket (with le), _sum and _count.
// (The parser on npm flattens a histogram's series into one and loses their labels, so it cannot check ours.)

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help?: string;
  samples: Sample[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\\\\n]|\\\\[\\\\"n])*)"`;
const SAMPLE = new RegExp(`^(${NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*,?)?\\})? (\\S+)(?: (-?\\d+))?$`);
/** A float as Go's strconv.ParseFloat reads it, which is the format's definition: NaN and Inf in any case. */
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|[+-]?nan|[+-]?inf(?:inity)?)$/i;

const unescapeLabel = (text: string) => text.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));

function parseValue(text: string, line: string): number {
  if (!VALUE.test(text)) throw new Error(`not a sample value: ${line}`);
  if (/nan$/i.test(text)) return Number.NaN;
  if (/inf(inity)?$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return Number(text);
}

/** The family a sample name belongs to, given the TYPE lines seen. */
function familyOf(families: Map<string, MetricFamily>, name: string): MetricFamily | undefined {
  const own = families.get(name);
  if (own) return own;
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const family = families.get(base);
  if (family?.type === 'histogram') return family;
  if (family?.type === 'summary' && !name.endsWith('_bucket')) return family;
  return undefined;
}

/** The families of a /metrics answer by name; throws on the first line that is not the format. */
export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const helps = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (comment) {
      const [, kind, name, rest] = comment as unknown as [string, string, string, string];
      if (!new RegExp(`^${NAME}$`).test(name)) throw new Error(`not a metric name: ${line}`);
      if (kind === 'HELP') helps.set(name, rest);
      else {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) throw new Error(`not a metric type: ${line}`);
        if (families.has(name)) throw new Error(`TYPE given twice: ${line}`);
        families.set(name, { name, type: rest as MetricFamily['type'], samples: [] });
      }
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const name = match[1]!;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(new RegExp(LABEL, 'g'))) {
      if (key! in labels) throw new Error(`label given twice: ${line}`);
      labels[key!] = unescapeLabel(value!);
    }
    const family = familyOf(families, name);
    if (!family) throw new Error(`a sample before its TYPE: ${line}`);
    if (family.type === 'histogram' && name.endsWith('_bucket') && labels.le === undefined) throw new Error(`a bucket without le: ${line}`);
    family.samples.push({ name, labels, value: parseValue(match[match.length - 2]!, line) });
  }
  for (const [name, help] of helps) {
    const family = families.get(name);
    if (family) family.help = help;
  }
  return families;
}

/**
 * The value of the family's sample whose labels include `labels`: a counter's or gauge's value, a histogram's
 * _count. Undefined when there is none.
 */
export function sampleValue(families: Map<string, MetricFamily>, family: string, labels: Record<string, string>): number | undefined {
  const found = families.get(family);
  if (!found) return undefined;
  const sampleName = found.type === 'histogram' || found.type === 'summary' ? `${family}_count` : family;
  return found.samples.find((s) => s.name === sampleName && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
