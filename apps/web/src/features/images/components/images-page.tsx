import { lazy, Suspense, useId, useState } from 'react';
import { cvm, roleAllows, type Image, type ImageType } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { LabelledSelect } from '../../../components/ui/labelled-select.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { TabList, TabPanel } from '../../../components/ui/tabs.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { IMAGE_TRANSITIONAL, useImageQuota, useRegionImages } from '../api/images.ts';
import { imagesMessages, type ImagesMessages } from '../messages.ts';
import type { ImageDialog } from './image-dialogs.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';

// The dialogs (forms, the share list, the import's OS list) load the first time one opens.
const ImageDialogs = lazy(() => import('./image-dialogs.tsx').then((module) => ({ default: module.ImageDialogs })));

type Tab = 'public' | 'custom' | 'shared';
const TABS: Tab[] = ['public', 'custom', 'shared'];
const TYPE_OF: Record<Tab, ImageType> = { public: 'PUBLIC_IMAGE', custom: 'PRIVATE_IMAGE', shared: 'SHARED_IMAGE' };

const STATE_TONES: Record<Image['ImageState'], BadgeTone> = {
  NORMAL: 'success',
  CREATING: 'info',
  SYNCING: 'info',
  IMPORTING: 'info',
  CREATEFAILED: 'danger',
  IMPORTFAILED: 'danger',
};

function ImageState({ image }: { image: Image }) {
  const m = useLocalized(imagesMessages);
  const word = m.states[image.ImageState];
  const moving = IMAGE_TRANSITIONAL.includes(image.ImageState);
  return (
    <Badge tone={STATE_TONES[image.ImageState]} dot={moving ? 'pulse' : true}>
      {moving && image.SyncPercent !== null ? m.stateWithProgress(word, image.SyncPercent) : word}
    </Badge>
  );
}

/**
 * /images: the region's images in three tabs — the cloud's public ones, the account's own (made of instances, copied,
 * imported) and those other accounts share with it — each filterable by operating system. Images still being made,
 * copied or imported show their progress, read again until they land. Operators create, import, rename, copy and
 * export their images; admins share and delete them. Every change is a dialog of its own, loaded when first opened.
 */
export default function ImagesPage() {
  const m = useLocalized(imagesMessages);
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const [params, setParams] = useUrlState();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'public';
  const platform = params.get('os') ?? '';
  const images = useRegionImages(scope);
  const quota = useImageQuota(scope);
  const [dialog, setDialog] = useState<ImageDialog>();
  const [notice, setNotice] = useState<{ text: string; lines?: string[] }>();
  const tabsId = useId();
  const may = (spec: { minRole: Parameters<typeof roleAllows>[1] }) => roleAllows(user.role, spec.minRole);
  if (!scope || !account) return null;

  const all = images.data ?? [];
  const of = (t: Tab) => all.filter((image) => image.ImageType === TYPE_OF[t]);
  const inTab = of(tab);
  const platforms = [...new Set(inTab.map((image) => image.Platform))].sort((a, b) => a.localeCompare(b));
  const shown = platform ? inTab.filter((image) => image.Platform === platform) : inTab;
  const customCount = of('custom').length;
  const close = () => setDialog(undefined);
  const done = (text: string, lines?: string[]) => {
    close();
    setNotice({ text, lines });
  };

  return (
    <>
      <SectionPages />
      <PageHeading
        title={m.title}
        subtitle={
          <>
            {m.subtitle(scope.region)}
            {!may(cvm.CreateImage) && <span className="block">{m.viewOnly}</span>}
          </>
        }
        actions={
          <>
            {may(cvm.ImportImage) && <Button onClick={() => setDialog({ kind: 'import' })}>{m.importImage}</Button>}
            {may(cvm.CreateImage) && (
              <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
                <PlusIcon />
                {m.createImage}
              </Button>
            )}
          </>
        }
      />
      {notice && (
        <FormSuccess className="mb-4">
          {notice.text}
          {notice.lines && (
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {notice.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </FormSuccess>
      )}
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <TabList
          label={m.tabsLabel}
          idBase={tabsId}
          tabs={TABS.map((key) => ({ key, label: images.data ? m.tabCount(m.tabs[key], of(key).length) : m.tabs[key] }))}
          selected={tab}
          onSelect={(key) => setParams({ tab: key === 'public' ? null : key, os: null }, 'replace')}
        />
        <div className="flex items-end gap-4">
          {quota.data !== undefined && images.data && <p className="pb-2 text-xs text-fg-muted">{m.quota(customCount, quota.data)}</p>}
          <LabelledSelect label={m.platform} value={platform} onChange={(event) => setParams({ os: event.target.value || null }, 'replace')} className="w-56">
            <option value="">{m.allPlatforms}</option>
            {platforms.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </LabelledSelect>
        </div>
      </div>
      {TABS.map((key) => (
        <TabPanel key={key} idBase={tabsId} tabKey={key} selected={key === tab}>
          {key === tab && (
            <QueryPanel
              query={{ ...images, data: images.data ? shown : undefined } as typeof images}
              loadFailed={m.loadFailed}
              empty={m.empty[key]}
              emptyHint={key === 'public' ? undefined : m.emptyHint[key]}
              keepListOnError
            >
              {(list) => <ImageTable tab={key} images={list} m={m} may={may} onOpen={setDialog} />}
            </QueryPanel>
          )}
        </TabPanel>
      ))}
      {dialog && (
        <Suspense fallback={null}>
          <ImageDialogs dialog={dialog} scope={scope} onClose={close} onDone={done} />
        </Suspense>
      )}
    </>
  );
}

function ImageTable({
  tab,
  images,
  m,
  may,
  onOpen,
}: {
  tab: Tab;
  images: Image[];
  m: ImagesMessages;
  may: (spec: { minRole: 'viewer' | 'operator' | 'admin' }) => boolean;
  onOpen: (dialog: ImageDialog) => void;
}) {
  const withActions = tab !== 'public' && (may(cvm.ModifyImageAttribute) || may(cvm.SyncImages));
  return (
    <DataTable label={m.tableLabel(m.tabs[tab])}>
      <HeaderRow>
        <Th>{m.columns.name}</Th>
        <Th>{m.columns.os}</Th>
        <Th>{m.columns.state}</Th>
        <Th>{m.columns.size}</Th>
        <Th>{m.columns.created}</Th>
        {withActions && <Th className="text-right">{m.columns.actions}</Th>}
      </HeaderRow>
      <tbody className="divide-y divide-line">
        {images.map((image) => {
          const name = image.ImageName || image.OsName;
          return (
            <tr key={image.ImageId} data-image-id={image.ImageId}>
              <Th scope="row" className="text-left font-medium text-fg">
                <span className="block">{name}</span>
                <span className="block font-mono text-xs font-normal text-fg-muted">{image.ImageId}</span>
                {image.ImageDescription && image.ImageDescription !== name && (
                  <span className="block max-w-72 truncate text-xs font-normal text-fg-muted" title={image.ImageDescription}>
                    {image.ImageDescription}
                  </span>
                )}
                <span className="mt-0.5 flex flex-wrap gap-1">
                  {image.ImageFamily && <Badge>{m.family(image.ImageFamily)}</Badge>}
                  {image.ImageDeprecated && <Badge tone="warning">{m.deprecated}</Badge>}
                  {image.ImageType === 'SHARED_IMAGE' && <Badge>{m.sharedBy(image.ImageCreator)}</Badge>}
                </span>
              </Th>
              <Td>
                <span className="block">{image.OsName}</span>
                <span className="block text-xs text-fg-muted">
                  {image.Platform} · {image.Architecture}
                </span>
              </Td>
              <Td>
                <ImageState image={image} />
              </Td>
              <Td className="whitespace-nowrap">
                {m.size(image.ImageSize)}
                {m.disks(image.SnapshotSet.length)}
              </Td>
              <Td>
                <Timestamp value={image.CreatedTime} />
              </Td>
              {withActions && (
                <Td>
                  <ImageActions image={image} name={name} m={m} may={may} onOpen={onOpen} />
                </Td>
              )}
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** A custom image's changes, each offered only where the cloud would take it (NORMAL, not shared out for deletion). */
function ImageActions({
  image,
  name,
  m,
  may,
  onOpen,
}: {
  image: Image;
  name: string;
  m: ImagesMessages;
  may: (spec: { minRole: 'viewer' | 'operator' | 'admin' }) => boolean;
  onOpen: (dialog: ImageDialog) => void;
}) {
  const normal = image.ImageState === 'NORMAL';
  const busy = IMAGE_TRANSITIONAL.includes(image.ImageState);
  const why = normal ? undefined : m.busy(m.states[image.ImageState]);
  const button = (label: string, open: ImageDialog, disabledReason?: string, danger = false) => (
    <Button
      key={label}
      aria-label={m.actionsFor(label, name)}
      disabled={Boolean(disabledReason)}
      title={disabledReason}
      onClick={() => onOpen(open)}
      className={danger ? 'text-red-700 dark:text-red-300' : undefined}
    >
      {label}
    </Button>
  );
  if (image.ImageType === 'SHARED_IMAGE') {
    return <div className="flex justify-end gap-2">{may(cvm.SyncImages) && button(m.copyShared, { kind: 'copy', image }, why)}</div>;
  }
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {may(cvm.ModifyImageAttribute) && button(m.edit, { kind: 'edit', image }, busy ? why : undefined)}
      {may(cvm.SyncImages) && button(m.copy, { kind: 'copy', image }, why)}
      {may(cvm.ModifyImageSharePermission) && button(m.share, { kind: 'share', image }, why)}
      {may(cvm.ExportImages) && button(m.export, { kind: 'export', image }, why)}
      {may(cvm.DeleteImages) && button(m.delete, { kind: 'delete', image }, busy ? why : undefined, true)}
    </div>
  );
}
