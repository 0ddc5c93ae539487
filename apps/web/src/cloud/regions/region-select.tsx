import type { CloudProvider, RegionInfo } from '@cvm/shared';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { LabelledSelect } from '../../components/ui/labelled-select.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useRegions } from './describe-regions.ts';

interface RegionSelectProps {
  /** The account whose regions are listed, and the region shown; the region may be known before the account. */
  scope: CloudScope | undefined;
  region: string | undefined;
  /** The account's cloud, whose own DescribeRegions lists the regions (CVM's or ECS's); Tencent Cloud unless said. */
  cloud?: CloudProvider | undefined;
  onChange: (region: string) => void;
}

/** The cloud's name alone keeps the header compact; the region ID is in the page subtitle and the option's title. */
function regionLabel(info: RegionInfo): string {
  return info.RegionName || info.Region;
}

/** The labelled "Region" select; option values are region IDs (ap-guangzhou), labels the cloud's names. */
export function RegionSelect({ scope, region, cloud, onChange }: RegionSelectProps) {
  const t = useT();
  const regions = useRegions(scope, cloud);

  const options: RegionInfo[] = regions.data ?? [];
  // Until the list arrives (or if it fails) the current region must still be selectable and shown.
  const known = region === undefined || options.some((r) => r.Region === region);

  return (
    <LabelledSelect
      label={t.header.region}
      value={region ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={region === undefined}
      aria-busy={regions.isPending || undefined}
      title={regions.isError ? t.header.regionsFailed : undefined}
      className="max-w-72"
    >
      {region === undefined && <option value="">{t.header.regionLoading}</option>}
      {!known && <option value={region}>{region}</option>}
      {options.map((info) => (
        <option key={info.Region} value={info.Region} title={info.Region} disabled={info.RegionState !== 'AVAILABLE' && info.Region !== region}>
          {regionLabel(info)}
        </option>
      ))}
    </LabelledSelect>
  );
}
