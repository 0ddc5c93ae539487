import { invalidParameter, missingParameter } from './aliyun-error.ts';

/**
 * Reads one action's parameters from the flat strings an RPC request carries (query string or form body), the way the
 * cloud does: names are case-sensitive, lists are `Name.1` ... `Name.N`, numbers are decimal text.
 */
export class RpcParams {
  constructor(private readonly flat: Record<string, string>) {}

  string(name: string): string | undefined {
    const value = this.flat[name];
    return value === undefined || value === '' ? undefined : value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  int(name: string, range: { min: number; max: number }): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    if (!/^-?\d+$/.test(text)) throw invalidParameter(name, `\`${text}\` is not an integer.`);
    const value = Number(text);
    if (value < range.min || value > range.max) throw invalidParameter(name, `${value} is outside ${range.min}–${range.max}.`);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!allowed.includes(value as T)) throw invalidParameter(name, `\`${value}\` is not one of ${allowed.join(', ')}.`);
    return value as T;
  }

  /** `Name.1` ... `Name.max` as a sparse array indexed from 0; an index above `max` is refused, as the cloud does. */
  list(name: string, max: number): (string | undefined)[] {
    const items: (string | undefined)[] = [];
    const pattern = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)$`);
    for (const [key, value] of Object.entries(this.flat)) {
      const match = pattern.exec(key);
      if (!match) continue;
      const n = Number(match[1]);
      if (n < 1 || n > max) throw invalidParameter(key, `N must be between 1 and ${max}.`);
      items[n - 1] = value;
    }
    return items;
  }

  /** Page and size as every Describe* takes them: PageNumber from 1, PageSize up to `maxSize` (default 10). */
  page(maxSize: number): { pageNumber: number; pageSize: number } {
    return {
      pageNumber: this.int('PageNumber', { min: 1, max: 1_000_000 }) ?? 1,
      pageSize: this.int('PageSize', { min: 1, max: maxSize }) ?? 10,
    };
  }
}
