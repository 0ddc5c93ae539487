import { useId, type ReactNode } from 'react';
import { DEFAULT_INSTANCE_NAME } from '@cvm/shared';
import { Button } from '../../../components/ui/button.tsx';
import { DetailItem, DetailList } from '../../../components/ui/description-list.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert, FormSuccess } from '../../../components/ui/form-alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { createMessages } from '../messages.ts';
import { placementWords } from '../placement-words.ts';
import { STEP_IDS, type StepId } from '../state/steps.ts';
import type { Problem } from '../state/validate.ts';
import { namesToBeGiven } from './name-fields.tsx';
import type { StepProps } from './step-props.ts';
import { StepFrame } from './wizard-section.tsx';

interface StepReviewProps extends StepProps {
  region: string | undefined;
  regionName: string | undefined;
  onEdit: (step: StepId) => void;
  onCheck: () => void;
  onCreate: () => void;
  checking: boolean;
  checkPassed: boolean;
  checkError: unknown;
  creating: boolean;
  createError: unknown;
}

/**
 * Step 7: every choice in one place, the names the instances will get, and what still needs fixing (with a way to
 * each step). "Check" asks the cloud with DryRun; "Create" buys. A refusal is shown here with its code and RequestId,
 * and every choice stays as it was so it can be corrected and sent again.
 */
export function StepReview(props: StepReviewProps) {
  const m = useLocalized(createMessages);
  const w = useLocalized(placementWords);
  const t = useT();
  const { form, lists, problems, onEdit } = props;
  const problemsId = useId();
  const zone = lists.zones.data?.find((z) => z.Zone === form.zone);
  const offering = lists.offering;
  const image = lists.image;
  const vpc = lists.vpcs.data?.find((v) => v.VpcId === form.vpcId);
  const subnet = lists.subnets.data?.find((s) => s.SubnetId === form.subnetId);
  const groups = form.securityGroupIds.map((id) => lists.securityGroups.data?.find((g) => g.SecurityGroupId === id)?.SecurityGroupName ?? id);
  const names = namesToBeGiven(form.name, form.count);
  const tags = form.tags.filter((tag) => tag.key.trim());
  const blocking = problems.length > 0;
  const busy = props.creating || props.checking;
  const stepsWithProblems = STEP_IDS.filter((step) => problems.some((p) => p.step === step));

  return (
    <StepFrame title={m.steps.review} intro={m.reviewIntro}>
      <ReviewSection title={m.steps.location} onEdit={() => onEdit('location')}>
        <DetailItem label={m.fields.region}>{props.regionName ? `${props.regionName} (${props.region})` : props.region}</DetailItem>
        <DetailItem label={m.fields.zone}>{zone ? `${zone.ZoneName} (${zone.Zone})` : form.zone}</DetailItem>
        <DetailItem label={m.fields.billing}>{t.chargeTypes[form.chargeType]}</DetailItem>
        {form.chargeType === 'PREPAID' && (
          <>
            <DetailItem label={m.fields.period}>{m.months(form.period)}</DetailItem>
            <DetailItem label={m.fields.renewal}>{form.renewFlag === 'NOTIFY_AND_AUTO_RENEW' ? m.autoRenewOn : m.autoRenewOff}</DetailItem>
          </>
        )}
        {form.chargeType === 'CDHPAID' && (
          <DetailItem label={w.reviewHost} mono>
            {form.hostId}
          </DetailItem>
        )}
        {form.placementGroupId && (
          <DetailItem label={w.reviewGroup} mono>
            {form.placementGroupId}
          </DetailItem>
        )}
      </ReviewSection>
      <ReviewSection title={m.steps.type} onEdit={() => onEdit('type')}>
        <DetailItem label={m.fields.instanceType} mono>
          {form.instanceType}
        </DetailItem>
        <DetailItem label={m.fields.cpuMemory}>{offering ? `${t.common.cores(offering.Cpu)}, ${t.common.memoryGb(offering.Memory)}` : ''}</DetailItem>
      </ReviewSection>
      <ReviewSection title={m.steps.image} onEdit={() => onEdit('image')}>
        <DetailItem label={m.fields.image} wide>
          {image ? `${image.ImageName || image.OsName} (${image.ImageId})` : form.imageId}
        </DetailItem>
      </ReviewSection>
      <ReviewSection title={m.steps.storage} onEdit={() => onEdit('storage')}>
        <DetailItem label={m.fields.systemDisk}>{m.diskSummary(t.diskTypes[form.systemDiskType], form.systemDiskSize)}</DetailItem>
        <DetailItem label={m.fields.dataDisks}>
          {form.dataDisks.length > 0 ? (
            <ul>
              {form.dataDisks.map((disk) => (
                <li key={disk.id}>{m.dataDiskSummary(t.diskTypes[disk.type], disk.size, disk.deleteWithInstance)}</li>
              ))}
            </ul>
          ) : null}
        </DetailItem>
      </ReviewSection>
      <ReviewSection title={m.steps.network} onEdit={() => onEdit('network')}>
        <DetailItem label={m.fields.vpc}>{vpc ? `${vpc.VpcName} (${vpc.VpcId})` : form.vpcId}</DetailItem>
        <DetailItem label={m.fields.subnet}>{subnet ? `${subnet.SubnetName} (${subnet.SubnetId})` : form.subnetId}</DetailItem>
        <DetailItem label={m.fields.securityGroups}>{groups.join(', ')}</DetailItem>
        <DetailItem label={m.fields.internet}>{form.bandwidth > 0 ? m.internetSummary(t.internetChargeTypes[form.internetChargeType], form.bandwidth) : m.noPublicIp}</DetailItem>
      </ReviewSection>
      <ReviewSection title={m.steps.settings} onEdit={() => onEdit('settings')}>
        <DetailItem label={m.fields.login}>{form.loginMethod === 'key' ? m.loginWithKey(form.keyId) : m.loginWithPassword}</DetailItem>
        <DetailItem label={m.fields.count}>{String(form.count)}</DetailItem>
        <DetailItem label={m.fields.names} wide>
          {form.name.trim() ? (
            <ul aria-label={m.namesPreview} className="flex flex-wrap gap-1.5">
              {names.map((name, index) => (
                <li key={index} className="rounded bg-surface-3 px-1.5 py-0.5 font-mono text-xs">
                  {name}
                </li>
              ))}
            </ul>
          ) : (
            m.defaultName(DEFAULT_INSTANCE_NAME)
          )}
        </DetailItem>
        <DetailItem label={m.fields.hostName} mono>
          {form.hostName.trim()}
        </DetailItem>
        <DetailItem label={m.fields.tags}>{tags.length > 0 ? tags.map((tag) => `${tag.key.trim()}=${tag.value}`).join(', ') : null}</DetailItem>
      </ReviewSection>

      <div className="space-y-3 px-5 py-4">
        {blocking && (
          <FormAlert>
            <p id={problemsId} className="font-medium">
              {m.problemsTitle}
            </p>
            <ProblemList problems={problems} steps={stepsWithProblems} onEdit={onEdit} />
          </FormAlert>
        )}
        {props.checkPassed && !props.checkError && <FormSuccess>{m.checkPassed}</FormSuccess>}
        {props.checkError !== null && props.checkError !== undefined && <ErrorPanel error={props.checkError} title={m.checkFailed} />}
        {props.createError !== null && props.createError !== undefined && <ErrorPanel error={props.createError} title={m.createFailed} />}
        <p className="text-sm text-fg-muted">{m.createSummary(form.count, t.chargeTypes[form.chargeType])}</p>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={props.onCheck} disabled={blocking || busy} title={m.checkHint}>
            {props.checking && <Spinner />}
            {props.checking ? m.checking : m.check}
          </Button>
          <Button
            variant="primary"
            onClick={props.onCreate}
            disabled={blocking || busy}
            aria-describedby={blocking ? problemsId : undefined}
            title={blocking ? m.createDisabled : undefined}
          >
            {props.creating && <Spinner />}
            {props.creating ? m.creating : m.create}
          </Button>
        </div>
      </div>
    </StepFrame>
  );
}

function ReviewSection({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  const m = useLocalized(createMessages);
  const id = useId();
  return (
    <section aria-labelledby={id} className="px-5 py-4">
      <div className="mb-2 flex items-center justify-between gap-3">
        <h3 id={id} className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
          {title}
        </h3>
        <Button variant="ghost" onClick={onEdit} aria-label={m.edit(title)}>
          {m.editShort}
        </Button>
      </div>
      <DetailList>{children}</DetailList>
    </section>
  );
}

function ProblemList({ problems, steps, onEdit }: { problems: Problem[]; steps: StepId[]; onEdit: (step: StepId) => void }) {
  const m = useLocalized(createMessages);
  return (
    <ul className="space-y-1">
      {steps.map((step) => (
        <li key={step}>
          <button type="button" className="font-medium underline underline-offset-2" onClick={() => onEdit(step)}>
            {m.goToStep(m.steps[step])}
          </button>
          <span>
            {m.problemSeparator}
            {problems
              .filter((p) => p.step === step)
              .map((p) => p.text(m))
              .join(' ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
