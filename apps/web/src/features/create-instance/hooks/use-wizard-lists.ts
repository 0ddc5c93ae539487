import type { Image, InstanceTypeQuotaItem } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { useImages } from '../../../cloud/cvm/images.ts';
import { useSecurityGroups } from '../../../cloud/vpc/security-groups.ts';
import { useSubnets } from '../../../cloud/vpc/subnets.ts';
import { useVpcs } from '../../../cloud/vpc/vpcs.ts';
import { useZoneOfferings } from '../../../cloud/cvm/zone-offerings.ts';
import type { WizardForm } from '../state/wizard-form.ts';

/**
 * Every list the wizard chooses from, loaded at the page (not per step), so the defaults, the checks and the review
 * know them whichever step is showing. TanStack Query shares them with the steps that show them.
 */
export function useWizardLists(scope: CloudScope | undefined, form: WizardForm) {
  const zones = useZones(scope);
  // A dedicated host runs the zone's standard types (the host pays for them): they are offered as pay-as-you-go.
  const offerings = useZoneOfferings(scope, form.zone, form.chargeType === 'CDHPAID' ? 'POSTPAID_BY_HOUR' : form.chargeType);
  const images = useImages(scope, form.imageSource, form.instanceType);
  const vpcs = useVpcs(scope);
  const subnets = useSubnets(scope, form.vpcId, form.zone);
  const securityGroups = useSecurityGroups(scope);

  // undefined while a list loads (nothing to say yet); null once it is loaded without the chosen item.
  const offering: InstanceTypeQuotaItem | null | undefined =
    !form.instanceType || !offerings.data ? undefined : (offerings.data.find((o) => o.InstanceType === form.instanceType) ?? null);
  const image: Image | null | undefined = !form.imageId || !images.data ? undefined : (images.data.find((i) => i.ImageId === form.imageId) ?? null);

  return { zones, offerings, images, vpcs, subnets, securityGroups, offering, image };
}

export type WizardLists = ReturnType<typeof useWizardLists>;
