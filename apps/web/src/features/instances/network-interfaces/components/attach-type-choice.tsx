import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { interfaceMessages } from '../messages.ts';
import type { AttachType } from '../state/bind-rules.ts';

/** AttachNetworkInterface's AttachType: 0 standard (the default), 1 extension. */
export function AttachTypeChoice({ value, onChange }: { value: AttachType; onChange: (value: AttachType) => void }) {
  const m = useLocalized(interfaceMessages);
  return (
    <ChoiceGroup
      legend={m.attachTypeLegend}
      layout="row"
      value={value === 1 ? 'extension' : 'standard'}
      onChange={(key) => onChange(key === 'extension' ? 1 : 0)}
      choices={[
        { value: 'standard', label: m.attachTypes.standard, hint: m.standardHint },
        { value: 'extension', label: m.attachTypes.extension, hint: m.extensionHint },
      ]}
    />
  );
}
