import type { Instance } from '@cvm/shared';
import { DetailItem, DetailList, DetailSection, ValueList } from '../../../components/ui/description-list.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { StateBadge } from './state-badge.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { gpuSummary, projectName, wordFor } from '../instance-words.ts';

function list(values: readonly string[] | null | undefined) {
  return values && values.length > 0 ? <ValueList values={values} /> : null;
}

const th = 'px-3 py-2 text-left text-xs font-medium text-fg-muted first:pl-0';
const td = 'px-3 py-2 first:pl-0';

/** Every documented Instance field, grouped as the cloud console groups them. */
export function InstanceDetailSections({ instance: i }: { instance: Instance }) {
  const t = useT();
  const f = t.detail.fields;
  const yesNo = (value: boolean) => (value ? t.common.yes : t.common.no);

  return (
    <>
      <DetailSection title={t.detail.sections.basics}>
        <DetailList>
          <DetailItem label={f.instanceId} mono>
            {i.InstanceId}
          </DetailItem>
          <DetailItem label={f.name}>{i.InstanceName}</DetailItem>
          <DetailItem label={f.state}>
            <StateBadge state={i.InstanceState} />
          </DetailItem>
          <DetailItem label={f.instanceType}>{i.InstanceType}</DetailItem>
          <DetailItem label={f.cpu}>{t.common.cores(i.CPU)}</DetailItem>
          <DetailItem label={f.memory}>{t.common.memoryGb(i.Memory)}</DetailItem>
          <DetailItem label={f.zone}>{i.Placement.Zone}</DetailItem>
          <DetailItem label={f.project}>{projectName(i, t)}</DetailItem>
          <DetailItem label={f.chargeType}>{wordFor(t.chargeTypes, i.InstanceChargeType)}</DetailItem>
          <DetailItem label={f.renewFlag}>{wordFor(t.renewFlags, i.RenewFlag)}</DetailItem>
          <DetailItem label={f.created}>
            <Timestamp value={i.CreatedTime} />
          </DetailItem>
          <DetailItem label={f.expires}>{i.ExpiredTime ? <Timestamp value={i.ExpiredTime} /> : null}</DetailItem>
          <DetailItem label={f.imageId} mono>
            {i.ImageId}
          </DetailItem>
          <DetailItem label={f.osName}>{i.OsName}</DetailItem>
          <DetailItem label={f.uuid} mono wide>
            {i.Uuid}
          </DetailItem>
          <DetailItem label={f.restrictState}>{wordFor(t.restrictStates, i.RestrictState)}</DetailItem>
          <DetailItem label={f.isolatedSource}>{wordFor(t.isolatedSources, i.IsolatedSource)}</DetailItem>
          <DetailItem label={f.stopChargingMode}>{wordFor(t.stopChargingModes, i.StopChargingMode)}</DetailItem>
          <DetailItem label={f.terminationProtection}>{i.DisableApiTermination ? t.common.on : t.common.off}</DetailItem>
          <DetailItem label={f.latestOperation} mono>
            {i.LatestOperation}
          </DetailItem>
          <DetailItem label={f.latestOperationState}>{wordFor(t.operationStates, i.LatestOperationState)}</DetailItem>
          <DetailItem label={f.latestOperationRequestId} mono wide>
            {i.LatestOperationRequestId}
          </DetailItem>
          {i.LatestOperationErrorMsg && (
            <DetailItem label={f.latestOperationError} wide>
              {i.LatestOperationErrorMsg}
            </DetailItem>
          )}
          <DetailItem label={f.license}>{i.LicenseType}</DetailItem>
        </DetailList>
      </DetailSection>

      <DetailSection title={t.detail.sections.network}>
        <DetailList>
          <DetailItem label={f.vpc} mono>
            {i.VirtualPrivateCloud.VpcId}
          </DetailItem>
          <DetailItem label={f.subnet} mono>
            {i.VirtualPrivateCloud.SubnetId}
          </DetailItem>
          <DetailItem label={f.privateIps} mono>
            {list(i.PrivateIpAddresses)}
          </DetailItem>
          <DetailItem label={f.publicIps} mono>
            {list(i.PublicIpAddresses)}
          </DetailItem>
          <DetailItem label={f.ipv6} mono wide>
            {list(i.IPv6Addresses)}
          </DetailItem>
          <DetailItem label={f.internetChargeType}>{wordFor(t.internetChargeTypes, i.InternetAccessible.InternetChargeType)}</DetailItem>
          <DetailItem label={f.bandwidthOut}>{t.common.mbps(i.InternetAccessible.InternetMaxBandwidthOut)}</DetailItem>
          {i.InternetAccessible.BandwidthPackageId && (
            <DetailItem label={f.bandwidthPackage} mono>
              {i.InternetAccessible.BandwidthPackageId}
            </DetailItem>
          )}
          <DetailItem label={f.securityGroups} mono wide>
            {list(i.SecurityGroupIds)}
          </DetailItem>
        </DetailList>
      </DetailSection>

      <DetailSection title={t.detail.sections.disks}>
        <DetailList>
          <DetailItem label={f.systemDiskType}>{wordFor(t.diskTypes, i.SystemDisk.DiskType)}</DetailItem>
          <DetailItem label={f.systemDiskSize}>{t.common.diskGb(i.SystemDisk.DiskSize)}</DetailItem>
          <DetailItem label={f.systemDiskId} mono>
            {i.SystemDisk.DiskId}
          </DetailItem>
        </DetailList>
        <h4 className="mt-5 mb-1 text-xs text-fg-subtle">{f.dataDisks}</h4>
        {i.DataDisks.length === 0 ? (
          <p className="text-sm text-fg-muted">{t.detail.noDataDisks}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="border-b border-line">
              <tr>
                <th scope="col" className={th}>
                  {t.detail.dataDiskColumns.diskId}
                </th>
                <th scope="col" className={th}>
                  {t.detail.dataDiskColumns.type}
                </th>
                <th scope="col" className={th}>
                  {t.detail.dataDiskColumns.size}
                </th>
                <th scope="col" className={th}>
                  {t.detail.dataDiskColumns.deleteWithInstance}
                </th>
                <th scope="col" className={th}>
                  {t.detail.dataDiskColumns.encrypted}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {i.DataDisks.map((disk) => (
                <tr key={disk.DiskId}>
                  <td className={`${td} font-mono text-[13px]`}>{disk.DiskId}</td>
                  <td className={td}>{wordFor(t.diskTypes, disk.DiskType)}</td>
                  <td className={`${td} tabular-nums`}>{t.common.diskGb(disk.DiskSize)}</td>
                  <td className={td}>{yesNo(disk.DeleteWithInstance)}</td>
                  <td className={td}>{yesNo(disk.Encrypt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DetailSection>

      <DetailSection title={t.detail.sections.login}>
        <DetailList>
          <DetailItem label={f.defaultLoginUser} mono>
            {i.DefaultLoginUser}
          </DetailItem>
          <DetailItem label={f.defaultLoginPort} mono>
            {i.DefaultLoginPort}
          </DetailItem>
          <DetailItem label={f.keyIds} mono wide>
            {list(i.LoginSettings.KeyIds)}
          </DetailItem>
        </DetailList>
      </DetailSection>

      <DetailSection title={t.detail.sections.tags}>
        {i.Tags.length === 0 ? (
          <p className="text-sm text-fg-muted">{t.detail.noTags}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="border-b border-line">
              <tr>
                <th scope="col" className={th}>
                  {t.detail.tagColumns.key}
                </th>
                <th scope="col" className={th}>
                  {t.detail.tagColumns.value}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {i.Tags.map((tag) => (
                <tr key={tag.Key}>
                  <td className={`${td} font-medium`}>{tag.Key}</td>
                  <td className={td}>{tag.Value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DetailSection>

      <DetailSection title={t.detail.sections.other}>
        <DetailList>
          <DetailItem label={f.camRole}>{i.CamRoleName}</DetailItem>
          <DetailItem label={f.disasterRecoverGroup} mono>
            {i.DisasterRecoverGroupId}
          </DetailItem>
          <DetailItem label={f.hpcCluster} mono>
            {i.HpcClusterId}
          </DetailItem>
          <DetailItem label={f.dedicatedCluster} mono>
            {i.DedicatedClusterId}
          </DetailItem>
          <DetailItem label={f.host} mono>
            {i.Placement.HostId}
          </DetailItem>
          <DetailItem label={f.rdmaIps} mono>
            {list(i.RdmaIpAddresses)}
          </DetailItem>
          <DetailItem label={f.gpu}>{gpuSummary(i, t)}</DetailItem>
        </DetailList>
      </DetailSection>
    </>
  );
}
