import { useId, useState } from 'react';
import type { Image } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';
import { isWindowsImage, problemFor, systemDiskMin } from '../state/validate.ts';
import type { ImageSource, WizardForm } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block, FieldError, StepFrame } from './wizard-section.tsx';

/** Images grouped by operating system platform, in the order the cloud lists them. */
function byPlatform(images: readonly Image[]): [string, Image[]][] {
  const groups = new Map<string, Image[]>();
  for (const image of images) groups.set(image.Platform, [...(groups.get(image.Platform) ?? []), image]);
  return [...groups];
}

/** Choosing an image: a system disk too small for it grows to fit, and Windows (no key pairs) switches to a password. */
function withImage(form: WizardForm, image: Image): WizardForm {
  const min = systemDiskMin(image);
  return {
    ...form,
    imageId: image.ImageId,
    systemDiskSize: Number.isInteger(form.systemDiskSize) && form.systemDiskSize < min ? min : form.systemDiskSize,
    loginMethod: isWindowsImage(image) ? 'password' : form.loginMethod,
  };
}

/** Step 3: a public image, one of the account's own or one shared with it, grouped and filterable by operating system. */
export function StepImage({ form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const ids = { platform: useId(), error: useId() };
  const [platform, setPlatform] = useState('');
  const images = lists.images;
  const problem = problemFor(problems, 'imageId', attempted);
  const groups = images.data ? byPlatform(images.data) : [];
  const shown = platform ? groups.filter(([name]) => name === platform) : groups;

  return (
    <StepFrame title={m.steps.image}>
      <Block>
        <ChoiceGroup<ImageSource>
          legend={m.imageSource}
          layout="row"
          value={form.imageSource}
          onChange={(imageSource) => {
            setPlatform('');
            update({ imageSource, imageId: '' });
          }}
          choices={[
            { value: 'PUBLIC_IMAGE', label: m.publicImages, hint: m.publicImagesHint },
            { value: 'PRIVATE_IMAGE', label: m.ownImages, hint: m.ownImagesHint },
            { value: 'SHARED_IMAGE', label: m.sharedImages, hint: m.sharedImagesHint },
          ]}
        />
      </Block>
      <Block>
        {images.isError ? (
          <ErrorPanel error={images.error} title={m.imagesFailed} onRetry={() => void images.refetch()} />
        ) : !images.data ? (
          <Spinner label={m.imagesLoading} className="text-fg-muted" />
        ) : images.data.length === 0 ? (
          <p className="text-sm text-fg-muted">
            {form.imageSource === 'PRIVATE_IMAGE' ? m.ownImagesEmpty : form.imageSource === 'SHARED_IMAGE' ? m.sharedImagesEmpty : m.imagesEmpty}
          </p>
        ) : (
          <>
            <div className="flex flex-wrap items-end justify-between gap-3">
              <Field htmlFor={ids.platform} label={m.platform} className="w-64">
                <Select id={ids.platform} value={platform} onChange={(event) => setPlatform(event.target.value)}>
                  <option value="">{m.allPlatforms}</option>
                  {groups.map(([name]) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
              {form.instanceType && <p className="text-xs text-fg-muted">{m.imagesForType(form.instanceType)}</p>}
            </div>
            <fieldset aria-describedby={problem ? ids.error : undefined} className="space-y-4">
              <legend className="sr-only">{m.imagesLabel}</legend>
              {shown.map(([name, list]) => (
                <div key={name} role="group" aria-label={name}>
                  <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-fg-muted uppercase">{name}</h3>
                  <div className="grid gap-2 md:grid-cols-2">
                    {list.map((image) => (
                      <ImageOption key={image.ImageId} image={image} checked={form.imageId === image.ImageId} onChoose={() => update((f) => withImage(f, image))} />
                    ))}
                  </div>
                </div>
              ))}
            </fieldset>
          </>
        )}
        {isWindowsImage(lists.image) && <p className="text-xs text-fg-muted">{m.windowsNote}</p>}
        <FieldError id={ids.error} text={problem?.text(m)} />
      </Block>
    </StepFrame>
  );
}

function ImageOption({ image, checked, onChoose }: { image: Image; checked: boolean; onChoose: () => void }) {
  const m = useLocalized(createMessages);
  const id = useId();
  return (
    <label
      htmlFor={id}
      className={cn('flex cursor-pointer gap-3 rounded-md border px-3 py-2 transition-colors hover:border-line-strong', checked ? 'border-accent bg-accent-soft' : 'border-line')}
    >
      <input
        id={id}
        type="radio"
        name="image"
        value={image.ImageId}
        checked={checked}
        onChange={onChoose}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 shrink-0 accent-accent"
      />
      <span className="min-w-0 flex-1">
        <span id={`${id}-name`} className="block text-sm font-medium text-fg">
          {image.ImageName || image.OsName}
        </span>
        <span id={`${id}-hint`} className="block text-xs text-fg-muted">
          <span className="font-mono">{m.imageDetails(image.ImageId, image.ImageSize)}</span>
          {image.ImageName && image.ImageName !== image.OsName && ` · ${image.OsName}`}
        </span>
      </span>
      {image.Architecture !== 'x86_64' && <Badge>{image.Architecture}</Badge>}
    </label>
  );
}
