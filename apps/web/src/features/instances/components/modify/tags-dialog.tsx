import { tag, tagTextProblem, type Instance, type Tag, type TagTextProblem } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { instanceResource, useCallerIdentity } from '../../../../cloud/sts/caller-identity.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

type Mode = 'set' | 'remove';
type FailedResource = tag.FailedResource;

const words: Localized<{
  title: (who: string) => string;
  batchTitle: (count: number) => string;
  intro: string;
  key: string;
  value: string;
  keyOf: (n: number) => string;
  valueOf: (n: number) => string;
  removeRow: (key: string) => string;
  addRow: string;
  modeLegend: string;
  modes: Record<Mode, { label: string; hint: string }>;
  problems: Record<TagTextProblem, string>;
  duplicate: string;
  tooMany: string;
  unchanged: string;
  identityFailed: string;
  failed: (count: number) => string;
}> = {
  en: {
    title: (who) => `Tags of ${who}`,
    batchTitle: (count) => `Tags of ${count} instances`,
    intro: 'Tags are the tag service’s (shared by every product of the account): search the list by them with tag:key=value.',
    key: 'Key',
    value: 'Value',
    keyOf: (n) => `Key of tag ${n}`,
    valueOf: (n) => `Value of tag ${n}`,
    removeRow: (key) => `Remove the tag ${key}`,
    addRow: 'Add a tag',
    modeLegend: 'On every chosen instance',
    modes: {
      set: { label: 'Add or change a tag', hint: 'An instance that has the key takes the new value.' },
      remove: { label: 'Remove a tag', hint: 'Instances without the key are left as they are.' },
    },
    problems: {
      Reserved: 'Keys starting with qcs:, qcloud, tencent, project or 项目 are the cloud’s own.',
      Empty: 'Must not be empty.',
      LengthExceeded: `Keys take at most ${tag.TAG_KEY_MAX_LENGTH} characters, values ${tag.TAG_VALUE_MAX_LENGTH}.`,
      CharacterIllegal: 'Letters, digits, inner spaces and + - = . _ : / @ ( ) [ ] , ; > < only.',
    },
    duplicate: 'This key is in the list twice.',
    tooMany: `An instance takes at most ${tag.TAG_MAX_PER_RESOURCE} tags.`,
    unchanged: 'Change a tag first.',
    identityFailed: 'Could not read which account the keys belong to (STS GetCallerIdentity), which the tag service needs',
    failed: (count) => `${count} ${count === 1 ? 'instance was' : 'instances were'} not changed:`,
  },
  'zh-CN': {
    title: (who) => `${who} 的标签`,
    batchTitle: (count) => `${count} 台实例的标签`,
    intro: '标签属于标签服务（账号下所有产品共用）：可在列表中用 tag:键=值 搜索。',
    key: '标签键',
    value: '标签值',
    keyOf: (n) => `第 ${n} 个标签的键`,
    valueOf: (n) => `第 ${n} 个标签的值`,
    removeRow: (key) => `删除标签 ${key}`,
    addRow: '添加标签',
    modeLegend: '对所选的每台实例',
    modes: {
      set: { label: '添加或修改标签', hint: '已有该标签键的实例改用新值。' },
      remove: { label: '删除标签', hint: '没有该标签键的实例保持不变。' },
    },
    problems: {
      Reserved: '以 qcs:、qcloud、tencent、project 或 项目 开头的标签键为系统保留。',
      Empty: '不能为空。',
      LengthExceeded: `标签键最多 ${tag.TAG_KEY_MAX_LENGTH} 个字符，标签值最多 ${tag.TAG_VALUE_MAX_LENGTH} 个。`,
      CharacterIllegal: '只能包含字母、数字、中间的空格以及 + - = . _ : / @ ( ) [ ] , ; > <。',
    },
    duplicate: '该标签键重复。',
    tooMany: `每台实例最多 ${tag.TAG_MAX_PER_RESOURCE} 个标签。`,
    unchanged: '请先修改标签。',
    identityFailed: '无法读取密钥所属账号（STS GetCallerIdentity），标签服务需要它',
    failed: (count) => `${count} 台实例未修改：`,
  },
};

/** Items of `list` in runs of `size`: the service takes ten resources and ten tags a call. */
function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

interface TagChange {
  ids: string[];
  set: Tag[];
  remove: string[];
}

/** What the change leaves on an instance: removed keys gone, set keys with their values (a known key keeps its place). */
function applied(tags: readonly Tag[], change: TagChange): Tag[] {
  const values = new Map(change.set.map((pair) => [pair.Key, pair.Value]));
  const kept = tags.filter((pair) => !change.remove.includes(pair.Key)).map((pair) => (values.has(pair.Key) ? { Key: pair.Key, Value: values.get(pair.Key)! } : pair));
  const known = new Set(kept.map((pair) => pair.Key));
  return [...kept, ...change.set.filter((pair) => !known.has(pair.Key))];
}

/**
 * Tags for one instance (the whole list, edited in place) or for many (one tag added, changed or removed on each):
 * TagResources for what is set and UnTagResources for what is removed, ten resources and ten tags a call. Keys and
 * values are checked as they are typed by the service's own rule; an instance the service could not change is named
 * with its code, the others keep the change.
 */
export function TagsDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const single = instances.length === 1;
  const identity = useCallerIdentity(scope);
  const [rows, setRows] = useState<Tag[]>(() => (single ? instances[0]!.Tags.map((pair) => ({ ...pair })) : [{ Key: '', Value: '' }]));
  const [mode, setMode] = useState<Mode>('set');
  const [attempted, setAttempted] = useState(false);
  const [failures, setFailures] = useState<FailedResource[]>([]);
  const ids = useId();

  const before = single ? instances[0]!.Tags : [];
  const change: TagChange = single
    ? {
        ids: [instances[0]!.InstanceId],
        set: rows.filter((row) => before.find((pair) => pair.Key === row.Key)?.Value !== row.Value),
        remove: before.filter((pair) => !rows.some((row) => row.Key === pair.Key)).map((pair) => pair.Key),
      }
    : mode === 'set'
      ? { ids: instances.map((i) => i.InstanceId), set: rows.slice(0, 1), remove: [] }
      : { ids: instances.map((i) => i.InstanceId), set: [], remove: rows.slice(0, 1).map((row) => row.Key) };
  const problemOf = (row: Tag, index: number, part: 'Key' | 'Value'): string | undefined => {
    if (!attempted) return undefined;
    const found = tagTextProblem(part === 'Key' ? row.Key : row.Value, part);
    if (found) return m.problems[found];
    if (part === 'Key' && rows.findIndex((other) => other.Key === row.Key) !== index) return m.duplicate;
    return undefined;
  };
  const checked = (mode === 'remove' && !single ? rows.slice(0, 1).map((row) => ({ ...row, Value: 'x' })) : rows).every(
    (row, index) => !tagTextProblem(row.Key, 'Key') && !tagTextProblem(row.Value, 'Value') && rows.findIndex((other) => other.Key === row.Key) === index,
  );
  const tooMany = single && rows.length > tag.TAG_MAX_PER_RESOURCE;
  const unchanged = change.set.length === 0 && change.remove.length === 0;

  const save = useApplyChange(
    scope,
    async (variables: TagChange) => {
      const uin = identity.data!.AccountId;
      const resources = variables.ids.map((id) => instanceResource(scope.region, uin, id));
      const failed: FailedResource[] = [];
      for (const batch of chunks(resources, tag.TAG_MAX_PER_REQUEST)) {
        for (const pairs of chunks(variables.set, tag.TAG_MAX_PER_REQUEST)) {
          const answer = await callAction(tag.TagResources, { ResourceList: batch, Tags: pairs.map((pair) => ({ TagKey: pair.Key, TagValue: pair.Value })) }, scope);
          failed.push(...(answer.FailedResources ?? []));
        }
        for (const keys of chunks(variables.remove, tag.TAG_MAX_PER_REQUEST)) {
          const answer = await callAction(tag.UnTagResources, { ResourceList: batch, TagKeys: keys }, scope);
          failed.push(...(answer.FailedResources ?? []));
        }
      }
      setFailures(failed);
      return failed;
    },
    (instance: Instance, variables) => ({ ...instance, Tags: applied(instance.Tags, variables) }),
  );

  const setRow = (index: number, patch: Partial<Tag>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const confirm = () => {
    setAttempted(true);
    if (!checked || tooMany || unchanged || !identity.data) return;
    save.mutate(change, { onSuccess: (failed) => ((failed as FailedResource[]).length === 0 ? onSucceeded() : undefined) });
  };
  const labelOf = (id: string) => {
    const instance = instances.find((i) => id.endsWith(`/${i.InstanceId}`));
    return instance ? instanceLabel(instance) : id;
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={single ? m.title(instanceLabel(instances[0]!)) : m.batchTitle(instances.length)}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      size="lg"
      onConfirm={confirm}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {identity.isError && <ErrorPanel error={identity.error} title={m.identityFailed} onRetry={() => void identity.refetch()} />}
      {!single && (
        <ChoiceGroup<Mode>
          legend={m.modeLegend}
          value={mode}
          onChange={setMode}
          layout="row"
          choices={(['set', 'remove'] as const).map((value) => ({ value, label: m.modes[value].label, hint: m.modes[value].hint }))}
        />
      )}
      <div className="space-y-2">
        {(single ? rows : rows.slice(0, 1)).map((row, index) => {
          const keyId = `${ids}-key-${index}`;
          const valueId = `${ids}-value-${index}`;
          const keyProblem = problemOf(row, index, 'Key');
          const valueProblem = !single && mode === 'remove' ? undefined : problemOf(row, index, 'Value');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while being typed
            <div key={index} className="flex items-start gap-2">
              <FormField id={keyId} label={single ? m.keyOf(index + 1) : m.key} error={keyProblem} className="flex-1">
                <TextInput
                  id={keyId}
                  value={row.Key}
                  onChange={(event) => setRow(index, { Key: event.target.value })}
                  autoComplete="off"
                  aria-invalid={keyProblem ? true : undefined}
                  aria-describedby={describedBy(keyId, { error: keyProblem })}
                />
              </FormField>
              {(single || mode === 'set') && (
                <FormField id={valueId} label={single ? m.valueOf(index + 1) : m.value} error={valueProblem} className="flex-1">
                  <TextInput
                    id={valueId}
                    value={row.Value}
                    onChange={(event) => setRow(index, { Value: event.target.value })}
                    autoComplete="off"
                    aria-invalid={valueProblem ? true : undefined}
                    aria-describedby={describedBy(valueId, { error: valueProblem })}
                  />
                </FormField>
              )}
              {single && (
                <Button className="mt-6" aria-label={m.removeRow(row.Key || String(index + 1))} onClick={() => setRows((list) => list.filter((_, i) => i !== index))}>
                  ×
                </Button>
              )}
            </div>
          );
        })}
        {single && (
          <Button onClick={() => setRows((list) => [...list, { Key: '', Value: '' }])} disabled={rows.length >= tag.TAG_MAX_PER_RESOURCE}>
            {m.addRow}
          </Button>
        )}
      </div>
      {attempted && tooMany && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {m.tooMany}
        </p>
      )}
      {attempted && unchanged && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {m.unchanged}
        </p>
      )}
      {identity.isPending && <Spinner />}
      {failures.length > 0 && (
        <div role="alert" className="text-sm">
          <p className="font-medium">{m.failed(failures.length)}</p>
          <ul className="mt-1 list-disc pl-5">
            {failures.map((failure) => (
              <li key={failure.Resource}>
                {labelOf(failure.Resource)}: {failure.Message} <span className="font-mono text-xs">({failure.Code})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </ActionDialogFrame>
  );
}
