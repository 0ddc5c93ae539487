import { useId, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { SearchIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { createMessages } from '../messages.ts';
import { familiesOf, visibleTypes, type TypeSort, type TypeSortKey } from '../state/type-table.ts';
import { problemFor } from '../state/validate.ts';
import { InstanceTypeTable } from './instance-type-table.tsx';
import type { StepProps } from './step-props.ts';
import { Block, FieldError, StepFrame } from './wizard-section.tsx';

/** Step 2: the type, from the zone's offers in the chosen billing mode, searchable, filterable by family, sortable. */
export function StepInstanceType({ form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const t = useT();
  const ids = { family: useId(), search: useId(), error: useId() };
  const [family, setFamily] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<TypeSort>({ key: 'cpu', direction: 'asc' });
  const offerings = lists.offerings;
  const problem = problemFor(problems, 'instanceType', attempted);

  const onSort = (key: TypeSortKey) => setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));
  const rows = offerings.data ? visibleTypes(offerings.data, family, search, sort) : [];

  return (
    <StepFrame title={m.steps.type}>
      <Block>
        {!form.zone ? (
          <p className="text-sm text-fg-muted">{m.chooseZoneFirst}</p>
        ) : offerings.isError ? (
          <ErrorPanel error={offerings.error} title={m.typesFailed} onRetry={() => void offerings.refetch()} />
        ) : !offerings.data ? (
          <Spinner label={m.typesLoading} className="text-fg-muted" />
        ) : offerings.data.length === 0 ? (
          <p className="text-sm text-fg-muted">{m.typesEmpty}</p>
        ) : (
          <>
            <div className="flex flex-wrap items-end gap-3">
              <Field htmlFor={ids.family} label={m.family} className="w-64">
                <Select id={ids.family} value={family} onChange={(event) => setFamily(event.target.value)}>
                  <option value="">{m.allFamilies}</option>
                  {familiesOf(offerings.data).map((f) => (
                    <option key={f.family} value={f.family}>
                      {m.familyOption(f.name, f.family)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field htmlFor={ids.search} label={m.search} className="w-72">
                <TextInput
                  id={ids.search}
                  type="search"
                  icon={<SearchIcon />}
                  placeholder={m.searchPlaceholder}
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                />
              </Field>
            </div>
            {rows.length === 0 ? (
              <p className="py-6 text-center text-sm text-fg-muted">{m.typesNoMatch}</p>
            ) : (
              <InstanceTypeTable
                rows={rows}
                chosen={form.instanceType}
                onChoose={(instanceType) => update({ instanceType })}
                sort={sort}
                onSort={onSort}
                prepaid={form.chargeType === 'PREPAID'}
                describedBy={problem ? ids.error : undefined}
              />
            )}
            {lists.offering && (
              <p className="text-sm text-fg-muted" aria-live="polite">
                {m.chosenType(lists.offering.InstanceType, t.common.cores(lists.offering.Cpu), t.common.memoryGb(lists.offering.Memory))}
              </p>
            )}
          </>
        )}
        <FieldError id={ids.error} text={problem?.text(m)} />
      </Block>
    </StepFrame>
  );
}
