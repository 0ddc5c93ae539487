import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';
import { CountField } from './count-field.tsx';
import { LoginFields, type LoginSecret } from './login-fields.tsx';
import { NameFields } from './name-fields.tsx';
import type { StepProps } from './step-props.ts';
import { TagsEditor } from './tags-editor.tsx';
import { Block, StepFrame } from './wizard-section.tsx';

/** Step 6: how to log in, what the instances are called, how many, and their tags. */
export function StepSettings(props: StepProps & { secret: LoginSecret; onSecretChange: (secret: LoginSecret) => void }) {
  const m = useLocalized(createMessages);
  return (
    <StepFrame title={m.steps.settings}>
      <LoginFields {...props} />
      <Block title={m.details}>
        <NameFields {...props} />
        <CountField {...props} />
      </Block>
      <TagsEditor {...props} />
    </StepFrame>
  );
}
