// Identical reads are asked once: while one is in flight, the same read from anyone else waits for its answer (single
// flight), and a finished answer may be shared for a while after. A change through the console forgets what was read
// in its account and region, so nobody reads their own change stale; answers kept under a scope no change names (price
// quotes) outlive changes.

import type { CloudAnswer } from '../cloud-answer.ts';

type Answer = CloudAnswer;

interface Fresh {
  answer: Answer;
  until: number;
  scope: string;
}

export class SharedReads {
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private readonly fresh = new Map<string, Fresh>();
  /** Bumped by every change in a scope: an answer to a read started before the change is not kept. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The answer for `key` — fresh, in flight, or asked now with `ask` — kept `freshForMs` after it arrives. */
  read(scope: string, key: string, ask: () => Promise<Answer>, { freshForMs = 0 } = {}): Promise<Answer> {
    const fresh = this.fresh.get(key);
    if (fresh && fresh.until > this.now()) return Promise.resolve(fresh.answer);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generations.get(scope) ?? 0;
    const promise = ask().then(
      (answer) => {
        this.inFlight.delete(key);
        if (freshForMs > 0 && (this.generations.get(scope) ?? 0) === generation) {
          this.fresh.set(key, { answer, until: this.now() + freshForMs, scope });
          if (this.fresh.size > 2000) this.forgetStale();
        }
        return answer;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, promise);
    return promise;
  }

  /** A change was made in `scope`: reads there start over. */
  changed(scope: string): void {
    this.generations.set(scope, (this.generations.get(scope) ?? 0) + 1);
    for (const [key, entry] of this.fresh) if (entry.scope === scope) this.fresh.delete(key);
    // Reads in flight may have been answered before the change; later callers must not join them.
    for (const key of this.inFlight.keys()) if (key.startsWith(`${scope}|`)) this.inFlight.delete(key);
  }

  private forgetStale(): void {
    const now = this.now();
    for (const [key, entry] of this.fresh) if (entry.until <= now) this.fresh.delete(key);
  }
}
