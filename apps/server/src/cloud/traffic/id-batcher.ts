// Reads that take a list of IDs (DescribeInstancesStatus, DescribeInstances by InstanceIds) from many people at once are
// sent as one call of up to 100 IDs, and the answer is split back: each caller gets exactly what its own call would have
// returned — the same items in the same order, its own TotalCount — and the merged call's RequestId.

import { CloudAnswer } from '../cloud-answer.ts';

type Answer = CloudAnswer;

export interface BatchableRead {
  /** The request parameter holding the IDs, and the answer's list of items with the ID field of each. */
  idsParam: string;
  setField: string;
  idField: string;
  /** The most IDs one call takes (the reference's maximum for the list, and its Limit). */
  maxIds: number;
  /** The answer's page size when the caller gives no Limit. */
  defaultLimit: number;
}

/** DescribeInstancesStatus and DescribeInstances by IDs: InstanceIds ≤ 100, Limit ≤ 100 (default 20). */
export const BATCHABLE_READS: Record<string, BatchableRead> = {
  'cvm.DescribeInstancesStatus': { idsParam: 'InstanceIds', setField: 'InstanceStatusSet', idField: 'InstanceId', maxIds: 100, defaultLimit: 20 },
  'cvm.DescribeInstances': { idsParam: 'InstanceIds', setField: 'InstanceSet', idField: 'InstanceId', maxIds: 100, defaultLimit: 20 },
};

/**
 * The IDs of a call that a merged call answers exactly: only the ID list (and a Limit that covers it), no offset or
 * filter, and no ID twice; otherwise undefined and the call goes alone.
 */
export function batchableIds(spec: BatchableRead, params: Record<string, unknown>): string[] | undefined {
  const ids = params[spec.idsParam];
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) return undefined;
  for (const key of Object.keys(params)) if (key !== spec.idsParam && key !== 'Limit') return undefined;
  const limit = typeof params.Limit === 'number' ? params.Limit : spec.defaultLimit;
  if (ids.length > limit || new Set(ids).size !== ids.length) return undefined;
  return ids as string[];
}

interface Waiter {
  ids: string[];
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  ids: Set<string>;
  waiters: Waiter[];
}

export interface BatchSending {
  /** Resolves when the batch may go (its slot in the rate limit has come): until then, callers join it. */
  ready: () => Promise<void>;
  /** Sends the merged IDs in the slot `ready` waited for. */
  sendMerged: (ids: string[]) => Promise<Answer>;
  /** Sends one caller's IDs alone, in a slot of its own (after a merged call failed). */
  sendAlone: (ids: string[]) => Promise<Answer>;
}

/**
 * Gathers batchable calls for one (account, region, action) until the batch's turn in the rate limit comes (at least
 * a moment, so calls of the same instant meet), then sends them as one: the busier the console, the bigger the
 * batches. When the merged call fails, each caller's own call is sent alone, so one bad ID never fails the others.
 */
export class IdBatcher {
  private readonly open = new Map<string, Batch>();

  constructor(private readonly gatherMs = 5) {}

  submit(key: string, spec: BatchableRead, ids: string[], sending: BatchSending): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      let batch = this.open.get(key);
      if (batch && new Set([...batch.ids, ...ids]).size > spec.maxIds) {
        this.open.delete(key);
        batch = undefined;
      }
      if (!batch) {
        const created: Batch = { ids: new Set(), waiters: [] };
        this.open.set(key, created);
        const gathered = new Promise((resolve) => setTimeout(resolve, this.gatherMs));
        Promise.all([sending.ready(), gathered]).then(
          () => {
            if (this.open.get(key) === created) this.open.delete(key);
            void this.flush(spec, created, sending);
          },
          (error: unknown) => {
            if (this.open.get(key) === created) this.open.delete(key);
            created.waiters.forEach((waiter) => waiter.reject(error));
          },
        );
        batch = created;
      }
      ids.forEach((id) => batch.ids.add(id));
      batch.waiters.push({ ids, resolve, reject });
    });
  }

  private async flush(spec: BatchableRead, batch: Batch, sending: BatchSending): Promise<void> {
    if (batch.waiters.length === 1) {
      const only = batch.waiters[0]!;
      await sending.sendMerged(only.ids).then(only.resolve, only.reject);
      return;
    }
    let merged: Answer;
    try {
      merged = await sending.sendMerged([...batch.ids]);
    } catch {
      await Promise.all(batch.waiters.map((waiter) => sending.sendAlone(waiter.ids).then(waiter.resolve, waiter.reject)));
      return;
    }
    // Split back: the one place the console reads a list answer, so the only one that parses it.
    const body = merged.body;
    const items = Array.isArray(body[spec.setField]) ? (body[spec.setField] as Record<string, unknown>[]) : [];
    for (const waiter of batch.waiters) {
      const own = new Set(waiter.ids);
      const mine = items.filter((item) => own.has(item[spec.idField] as string));
      waiter.resolve(CloudAnswer.ofBody({ ...body, TotalCount: mine.length, [spec.setField]: mine }));
    }
  }
}
