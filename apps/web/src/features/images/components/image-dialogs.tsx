import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ACCOUNT_ID, IMAGE_DESCRIPTION_MAX, IMAGE_EXPORT_FORMATS, cvm, imageNameProblem, isImageFamily, type Image } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { useRegions } from '../../../cloud/regions/describe-regions.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useImageChange } from '../api/images.ts';
import { imagesMessages, type ImagesMessages } from '../messages.ts';
import { TextField } from '../../../components/ui/text-field.tsx';

// The Images page's dialogs: create (of an instance), import, edit, share, copy, export, delete. Each checks what it
// can as it is typed, with the cloud's own rules (@cvm/shared), sends only a valid form, and shows the cloud's refusal
// (its code, message and RequestId) when there is one.

export type ImageDialog =
  | { kind: 'create' }
  | { kind: 'import' }
  | { kind: 'edit'; image: Image }
  | { kind: 'share'; image: Image }
  | { kind: 'copy'; image: Image }
  | { kind: 'export'; image: Image }
  | { kind: 'delete'; image: Image };

interface DialogProps {
  scope: CloudScope;
  onClose: () => void;
  /** After the cloud accepted it: what to tell the person, and lines under it (new IDs, file paths). */
  onDone: (text: string, lines?: string[]) => void;
}

export function ImageDialogs({ dialog, ...props }: DialogProps & { dialog: ImageDialog }) {
  switch (dialog.kind) {
    case 'create':
      return <CreateImageDialog {...props} />;
    case 'import':
      return <ImportImageDialog {...props} />;
    case 'edit':
      return <EditImageDialog {...props} image={dialog.image} />;
    case 'share':
      return <ShareImageDialog {...props} image={dialog.image} />;
    case 'copy':
      return <CopyImageDialog {...props} image={dialog.image} />;
    case 'export':
      return <ExportImageDialog {...props} image={dialog.image} />;
    case 'delete':
      return <DeleteImageDialog {...props} image={dialog.image} />;
  }
}

const nameOf = (image: Image) => image.ImageName || image.OsName;

function nameError(m: ImagesMessages, name: string, attempted: boolean): string | undefined {
  const problem = imageNameProblem(name);
  return attempted && problem ? (problem === 'empty' ? m.nameEmpty : m.nameTooLong) : undefined;
}

const descriptionError = (m: ImagesMessages, description: string) => ([...description].length > IMAGE_DESCRIPTION_MAX ? m.descriptionTooLong : undefined);

/** CreateImage of one of the region's running or stopped instances, chosen here; ForcePoweroff when asked. */
function CreateImageDialog({ scope, onClose, onDone }: DialogProps) {
  const m = useLocalized(imagesMessages);
  const t = useT();
  const client = useQueryClient();
  const selectId = useId();
  const instances = useQuery({
    queryKey: [...instanceKeys.lists(scope), 'imageable'],
    queryFn: ({ signal }) => callAction(cvm.DescribeInstances, { Filters: [{ Name: 'instance-state', Values: ['RUNNING', 'STOPPED'] }], Limit: 100 }, scope, signal),
    select: (answer) => answer.InstanceSet,
  });
  const [instanceId, setInstanceId] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [force, setForce] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const create = useImageChange<{ ImageId: string }>(scope);
  const instance = instances.data?.find((candidate) => candidate.InstanceId === instanceId);
  const running = instance?.InstanceState === 'RUNNING';
  const stateWord = (state: string) => (Object.hasOwn(t.states, state) ? t.states[state as keyof typeof t.states] : state);
  const problems = { instance: attempted && !instance ? m.chooseInstance : undefined, name: nameError(m, name, attempted), description: descriptionError(m, description) };
  return (
    <FormDialog
      title={m.createTitle}
      submitLabel={m.createImage}
      pending={create.isPending}
      error={create.error}
      errorTitle={m.createFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!instance || imageNameProblem(name) || problems.description) return;
        create.mutate(
          () =>
            callAction(
              cvm.CreateImage,
              {
                InstanceId: instance.InstanceId,
                ImageName: name.trim(),
                ...(description ? { ImageDescription: description } : {}),
                ...(running && force ? { ForcePoweroff: 'true' as const } : {}),
              },
              scope,
            ),
          {
            onSuccess: () => {
              void client.invalidateQueries({ queryKey: instanceKeys.lists(scope) });
              onDone(m.created(name.trim()));
            },
          },
        );
      }}
    >
      {instances.isError ? (
        <ErrorPanel error={instances.error} title={m.loadFailed} onRetry={() => void instances.refetch()} />
      ) : !instances.data ? (
        <Spinner label={m.instancesLoading} className="text-fg-muted" />
      ) : instances.data.length === 0 ? (
        <p className="text-fg-muted">{m.noInstances}</p>
      ) : (
        <FormField id={selectId} label={m.instance} error={problems.instance}>
          <Select id={selectId} value={instanceId} onChange={(event) => setInstanceId(event.target.value)} aria-invalid={problems.instance ? true : undefined}>
            <option value="">{m.chooseInstance}</option>
            {instances.data.map((candidate) => (
              <option key={candidate.InstanceId} value={candidate.InstanceId}>
                {m.instanceOption(candidate.InstanceName, candidate.InstanceId, stateWord(candidate.InstanceState))}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <TextField spellCheck={false} label={m.name} hint={m.nameHint} value={name} onChange={setName} error={problems.name} />
      <TextField spellCheck={false} label={m.description} hint={m.descriptionHint} value={description} onChange={setDescription} error={problems.description} />
      {running && (
        <label className="flex items-start gap-2 text-sm">
          <Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} className="mt-0.5" aria-describedby={`${selectId}-force-hint`} />
          <span>
            <span className="block text-fg">{m.forcePoweroff}</span>
            <span id={`${selectId}-force-hint`} className="block text-xs text-fg-muted">
              {m.forcePoweroffHint}
            </span>
          </span>
        </label>
      )}
    </FormDialog>
  );
}

/** ModifyImageAttribute: name, description, family, deprecation; only what changed is sent. */
function EditImageDialog({ scope, image, onClose, onDone }: DialogProps & { image: Image }) {
  const m = useLocalized(imagesMessages);
  const [name, setName] = useState(image.ImageName);
  const [description, setDescription] = useState(image.ImageDescription);
  const [family, setFamily] = useState(image.ImageFamily);
  const [deprecated, setDeprecated] = useState(image.ImageDeprecated);
  const [attempted, setAttempted] = useState(false);
  const modify = useImageChange(scope);
  const familyError = family && !isImageFamily(family) ? m.familyInvalid : undefined;
  const changes = {
    ...(name.trim() !== image.ImageName ? { ImageName: name.trim() } : {}),
    ...(description !== image.ImageDescription ? { ImageDescription: description } : {}),
    ...(family !== image.ImageFamily ? { ImageFamily: family } : {}),
    ...(deprecated !== image.ImageDeprecated ? { ImageDeprecated: deprecated } : {}),
  };
  const unchanged = attempted && Object.keys(changes).length === 0;
  return (
    <FormDialog
      title={m.editTitle(nameOf(image))}
      submitLabel={m.save}
      pending={modify.isPending}
      error={modify.error}
      errorTitle={m.failed(nameOf(image))}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (imageNameProblem(name) || descriptionError(m, description) || familyError || Object.keys(changes).length === 0) return;
        modify.mutate(() => callAction(cvm.ModifyImageAttribute, { ImageId: image.ImageId, ...changes }, scope), { onSuccess: () => onDone(m.updated(name.trim())) });
      }}
    >
      <TextField spellCheck={false} label={m.name} hint={m.nameHint} value={name} onChange={setName} error={nameError(m, name, attempted)} data-autofocus />
      <TextField spellCheck={false} label={m.description} hint={m.descriptionHint} value={description} onChange={setDescription} error={descriptionError(m, description)} />
      <TextField spellCheck={false} label={m.familyLabel} hint={m.familyHint} value={family} onChange={setFamily} error={familyError} className="font-mono" />
      <label className="flex items-center gap-2 text-sm">
        <Checkbox checked={deprecated} onChange={(event) => setDeprecated(event.target.checked)} />
        {m.deprecatedLabel}
      </label>
      {unchanged && <FormAlert>{m.nothingChanged}</FormAlert>}
    </FormDialog>
  );
}

/** DescribeImageSharePermission, and ModifyImageSharePermission to share with more accounts or stop sharing with one. */
function ShareImageDialog({ scope, image, onClose, onDone }: DialogProps & { image: Image }) {
  const m = useLocalized(imagesMessages);
  const client = useQueryClient();
  const key = ['image-shares', scope.account, scope.region, image.ImageId];
  const shares = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => callAction(cvm.DescribeImageSharePermission, { ImageId: image.ImageId }, scope, signal),
    select: (answer) => answer.SharePermissionSet,
  });
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const change = useImageChange(scope);
  const accounts = [...new Set(text.split(/[\s,，]+/).filter(Boolean))];
  const bad = accounts.find((account) => !ACCOUNT_ID.test(account));
  const accountsError = attempted && accounts.length === 0 ? m.accountsHint : bad ? m.accountsInvalid(bad) : undefined;
  const send = (AccountIds: string[], Permission: 'SHARE' | 'CANCEL', then: () => void) =>
    change.mutate(() => callAction(cvm.ModifyImageSharePermission, { ImageId: image.ImageId, AccountIds, Permission }, scope), {
      onSuccess: () => {
        void client.invalidateQueries({ queryKey: key });
        then();
      },
    });
  return (
    <FormDialog
      title={m.shareTitle(nameOf(image))}
      submitLabel={m.shareWith}
      pending={change.isPending}
      error={change.error}
      errorTitle={m.failed(nameOf(image))}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (accounts.length === 0 || bad) return;
        send(accounts, 'SHARE', () => onDone(m.shared(accounts.length)));
      }}
    >
      <p className="text-fg-muted">{m.shareBody}</p>
      <section aria-label={m.sharedWith} className="space-y-1.5">
        <h3 className="text-sm font-medium text-fg">{m.sharedWith}</h3>
        {shares.isError ? (
          <ErrorPanel error={shares.error} title={m.loadFailed} onRetry={() => void shares.refetch()} />
        ) : !shares.data ? (
          <Spinner label={m.sharesLoading} className="text-fg-muted" />
        ) : shares.data.length === 0 ? (
          <p className="text-sm text-fg-muted">{m.notShared}</p>
        ) : (
          <ul className="divide-y divide-line rounded-md border border-line">
            {shares.data.map((share) => (
              <li key={share.AccountId} className="flex items-center justify-between gap-2 px-3 py-1.5 text-sm">
                <span>
                  <span className="font-mono">{share.AccountId}</span>{' '}
                  <span className="text-xs text-fg-muted">
                    <Timestamp value={share.CreatedTime} />
                  </span>
                </span>
                <Button
                  aria-label={m.stopSharing(share.AccountId)}
                  disabled={change.isPending}
                  onClick={() => send([share.AccountId], 'CANCEL', () => onDone(m.unshared(share.AccountId)))}
                >
                  {m.cancel}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TextField spellCheck={false} label={m.accounts} hint={m.accountsHint} value={text} onChange={setText} error={accountsError} className="font-mono" data-autofocus />
    </FormDialog>
  );
}

/**
 * SyncImages: a custom image into other regions (a copy each, with its own progress there), or a shared image into
 * this region as an image of the account's own. The copies' IDs are asked for and shown.
 */
function CopyImageDialog({ scope, image, onClose, onDone }: DialogProps & { image: Image }) {
  const m = useLocalized(imagesMessages);
  const shared = image.ImageType === 'SHARED_IMAGE';
  const regions = useRegions(scope, 'tencent');
  const [chosen, setChosen] = useState<string[]>(shared ? [scope.region] : []);
  const [name, setName] = useState('');
  const [attempted, setAttempted] = useState(false);
  const copy = useImageChange<{ ImageSet: { ImageId: string; Region: string }[] }>(scope, chosen);
  const others = (regions.data ?? []).filter((region) => region.Region !== scope.region && region.RegionState === 'AVAILABLE');
  const regionError = attempted && chosen.length === 0 ? m.chooseRegion : undefined;
  const nameProblem = name ? nameError(m, name, true) : undefined;
  const regionName = (id: string) => regions.data?.find((region) => region.Region === id)?.RegionName ?? id;
  return (
    <FormDialog
      title={shared ? m.copySharedTitle(nameOf(image)) : m.copyTitle(nameOf(image))}
      submitLabel={shared ? m.copyShared : m.copy}
      pending={copy.isPending}
      error={copy.error}
      errorTitle={m.copyFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (chosen.length === 0 || nameProblem) return;
        copy.mutate(
          () =>
            callAction(
              cvm.SyncImages,
              { ImageIds: [image.ImageId], DestinationRegions: chosen, ImageSetRequired: true, ...(name.trim() ? { ImageName: name.trim() } : {}) },
              scope,
            ),
          {
            onSuccess: (answer) =>
              onDone(
                m.copyStarted(answer.ImageSet.length),
                answer.ImageSet.map((copied) => m.copyIn(regionName(copied.Region), copied.ImageId)),
              ),
          },
        );
      }}
    >
      <p className="text-fg-muted">{shared ? m.copySharedBody : m.copyBody}</p>
      {!shared &&
        (regions.isError ? (
          <ErrorPanel error={regions.error} title={m.loadFailed} onRetry={() => void regions.refetch()} />
        ) : !regions.data ? (
          <Spinner className="text-fg-muted" />
        ) : (
          <fieldset aria-describedby={regionError ? 'copy-regions-error' : undefined}>
            <legend className="mb-1.5 text-sm font-medium text-fg">{m.regions}</legend>
            <div className="grid gap-1.5 sm:grid-cols-2">
              {others.map((region) => (
                <label key={region.Region} className="flex items-center gap-2 text-sm">
                  <Checkbox
                    checked={chosen.includes(region.Region)}
                    onChange={(event) => setChosen((current) => (event.target.checked ? [...current, region.Region] : current.filter((r) => r !== region.Region)))}
                  />
                  {region.RegionName} <span className="font-mono text-xs text-fg-muted">{region.Region}</span>
                </label>
              ))}
            </div>
            {regionError && (
              <p id="copy-regions-error" className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
                {regionError}
              </p>
            )}
          </fieldset>
        ))}
      <TextField spellCheck={false} label={m.newName} hint={m.newNameHint} value={name} onChange={setName} error={nameProblem} />
    </FormDialog>
  );
}

/** ExportImages: the image's disks to a bucket of the account, one file each; the paths are shown once it starts. */
function ExportImageDialog({ scope, image, onClose, onDone }: DialogProps & { image: Image }) {
  const m = useLocalized(imagesMessages);
  const formatId = useId();
  const [bucket, setBucket] = useState('');
  const [format, setFormat] = useState<string>('QCOW2');
  const [prefix, setPrefix] = useState('');
  const [onlySystem, setOnlySystem] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const exporting = useImageChange<{ TaskId: number; CosPaths: string[] }>(scope);
  const bucketError = attempted && !bucket.trim() ? m.bucketEmpty : undefined;
  return (
    <FormDialog
      title={m.exportTitle(nameOf(image))}
      submitLabel={m.export}
      pending={exporting.isPending}
      error={exporting.error}
      errorTitle={m.exportFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!bucket.trim()) return;
        exporting.mutate(
          () =>
            callAction(
              cvm.ExportImages,
              {
                BucketName: bucket.trim(),
                ImageIds: [image.ImageId],
                ExportFormat: format,
                ...(prefix.trim() ? { FileNamePrefixList: [prefix.trim()] } : {}),
                ...(onlySystem ? { OnlyExportRootDisk: true } : {}),
              },
              scope,
            ),
          { onSuccess: (answer) => onDone(m.exported(answer.TaskId), answer.CosPaths) },
        );
      }}
    >
      <p className="text-fg-muted">{m.exportBody}</p>
      <TextField spellCheck={false} label={m.bucket} hint={m.bucketHint} value={bucket} onChange={setBucket} error={bucketError} className="font-mono" data-autofocus />
      <FormField id={formatId} label={m.format}>
        <Select id={formatId} value={format} onChange={(event) => setFormat(event.target.value)}>
          {IMAGE_EXPORT_FORMATS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </FormField>
      <TextField spellCheck={false} label={m.prefix} hint={m.prefixHint} value={prefix} onChange={setPrefix} className="font-mono" />
      {image.SnapshotSet.length > 1 && (
        <label className="flex items-center gap-2 text-sm">
          <Checkbox checked={onlySystem} onChange={(event) => setOnlySystem(event.target.checked)} />
          {m.onlySystemDisk}
        </label>
      )}
    </FormDialog>
  );
}

/** DeleteImages of one custom image (stepping up first for a person with two-factor sign-in). */
function DeleteImageDialog({ scope, image, onClose, onDone }: DialogProps & { image: Image }) {
  const m = useLocalized(imagesMessages);
  const remove = useImageChange(scope);
  return (
    <ConfirmDialog
      title={m.deleteTitle(nameOf(image))}
      confirmLabel={m.delete}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={m.failed(nameOf(image))}
      onClose={onClose}
      onConfirm={() => remove.mutate(() => callAction(cvm.DeleteImages, { ImageIds: [image.ImageId] }, scope), { onSuccess: () => onDone(m.deleted(nameOf(image))) })}
    >
      <p>{m.deleteBody}</p>
    </ConfirmDialog>
  );
}

/** ImportImage: an image file in COS, with the operating system and version DescribeImportImageOs offers. */
function ImportImageDialog({ scope, onClose, onDone }: DialogProps) {
  const m = useLocalized(imagesMessages);
  const ids = { os: useId(), version: useId(), arch: useId() };
  const systems = useQuery({
    queryKey: ['import-image-os', scope.account, scope.region],
    queryFn: ({ signal }) => callAction(cvm.DescribeImportImageOs, {}, scope, signal),
    select: (answer) => answer.ImportImageOsVersionSet,
    staleTime: 60 * 60_000,
  });
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [osType, setOsType] = useState('');
  const [osVersion, setOsVersion] = useState('');
  const [architecture, setArchitecture] = useState('x86_64');
  const [force, setForce] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const importing = useImageChange<{ ImageId: string }>(scope);
  const os = systems.data?.find((candidate) => candidate.OsName === osType);
  const urlError = attempted && !/^https?:\/\/\S+$/.test(url.trim()) ? m.imageUrlInvalid : undefined;
  const architectures = [...(os?.Architecture ?? ['x86_64', 'i386']), 'arm_64'];
  return (
    <FormDialog
      title={m.importTitle}
      submitLabel={m.importImage}
      pending={importing.isPending}
      error={importing.error}
      errorTitle={m.importFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (urlError || !/^https?:\/\/\S+$/.test(url.trim()) || imageNameProblem(name) || descriptionError(m, description) || !os || !osVersion) return;
        importing.mutate(
          () =>
            callAction(
              cvm.ImportImage,
              {
                ImageUrl: url.trim(),
                ImageName: name.trim(),
                OsType: os.OsName,
                OsVersion: osVersion,
                Architecture: architecture,
                ...(description ? { ImageDescription: description } : {}),
                ...(force ? { Force: true } : {}),
              },
              scope,
            ),
          { onSuccess: () => onDone(m.imported(name.trim())) },
        );
      }}
    >
      <p className="text-fg-muted">{m.importBody}</p>
      <TextField spellCheck={false} label={m.imageUrl} hint={m.imageUrlHint} value={url} onChange={setUrl} error={urlError} className="font-mono" data-autofocus />
      <TextField spellCheck={false} label={m.name} hint={m.nameHint} value={name} onChange={setName} error={nameError(m, name, attempted)} />
      {systems.isError ? (
        <ErrorPanel error={systems.error} title={m.loadFailed} onRetry={() => void systems.refetch()} />
      ) : !systems.data ? (
        <Spinner label={m.osLoading} className="text-fg-muted" />
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField id={ids.os} label={m.osType} error={attempted && !os ? m.osType : undefined}>
            <Select
              id={ids.os}
              value={osType}
              onChange={(event) => {
                setOsType(event.target.value);
                setOsVersion(systems.data.find((candidate) => candidate.OsName === event.target.value)?.OsVersions.at(-1) ?? '');
              }}
            >
              <option value="">—</option>
              {systems.data.map((candidate) => (
                <option key={candidate.OsName} value={candidate.OsName}>
                  {candidate.OsName}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id={ids.version} label={m.osVersion}>
            <Select id={ids.version} value={osVersion} onChange={(event) => setOsVersion(event.target.value)} disabled={!os}>
              {(os?.OsVersions ?? []).map((version) => (
                <option key={version} value={version}>
                  {version}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id={ids.arch} label={m.architecture}>
            <Select id={ids.arch} value={architecture} onChange={(event) => setArchitecture(event.target.value)}>
              {architectures.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
      )}
      <TextField spellCheck={false} label={m.description} hint={m.descriptionHint} value={description} onChange={setDescription} error={descriptionError(m, description)} />
      <label className="flex items-center gap-2 text-sm">
        <Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} />
        {m.force}
      </label>
    </FormDialog>
  );
}
