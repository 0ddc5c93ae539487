import { useEffect, useRef } from 'react';
import type { FormUpdate } from './use-wizard-form.ts';
import type { WizardLists } from './use-wizard-lists.ts';
import type { WizardForm } from '../state/wizard-form.ts';

/**
 * Fills what a fresh wizard has not chosen yet with the choice most people make, once its list arrives: the first
 * zone that sells, the first public image, the default VPC with its subnet in the zone, the default security group.
 * It never overrides a choice, except one that cannot stand (a subnet of another zone or VPC).
 */
export function useAutoFill(
  form: WizardForm,
  update: (change: FormUpdate) => void,
  lists: WizardLists,
  place: string | undefined,
  restoredPlace: string | undefined,
  generation: number,
) {
  const zones = lists.zones.data;
  const images = lists.images.data;
  const vpcs = lists.vpcs.data;
  const subnets = lists.subnets.data;
  const groups = lists.securityGroups.data;

  useEffect(() => {
    if (!zones) return;
    const current = zones.find((zone) => zone.Zone === form.zone);
    if (current?.ZoneState === 'AVAILABLE') return;
    const first = zones.find((zone) => zone.ZoneState === 'AVAILABLE');
    if (first && first.Zone !== form.zone) update({ zone: first.Zone });
  }, [zones, form.zone, update]);

  useEffect(() => {
    if (form.imageId || form.imageSource !== 'PUBLIC_IMAGE' || !images?.length) return;
    update({ imageId: images[0]!.ImageId });
  }, [images, form.imageId, form.imageSource, update]);

  useEffect(() => {
    if (form.vpcId || !vpcs?.length) return;
    update({ vpcId: (vpcs.find((vpc) => vpc.IsDefault) ?? vpcs[0]!).VpcId });
  }, [vpcs, form.vpcId, update]);

  useEffect(() => {
    if (!subnets || !form.vpcId || !form.zone) return;
    if (subnets.some((subnet) => subnet.SubnetId === form.subnetId)) return;
    const pick = subnets.find((subnet) => subnet.IsDefault) ?? subnets[0];
    if ((pick?.SubnetId ?? '') !== form.subnetId) update({ subnetId: pick?.SubnetId ?? '' });
  }, [subnets, form.vpcId, form.zone, form.subnetId, update]);

  // The default security group once per account and region, and not into a restored draft (its empty choice may be
  // deliberate).
  const filledFor = useRef<string | undefined>(restoredPlace === undefined ? undefined : `${restoredPlace}:0`);
  useEffect(() => {
    const key = `${place}:${generation}`;
    if (!groups || !place || filledFor.current === key) return;
    filledFor.current = key;
    if (form.securityGroupIds.length > 0) return;
    const fallback = groups.find((group) => group.IsDefault);
    if (fallback) update({ securityGroupIds: [fallback.SecurityGroupId] });
  }, [groups, place, generation, form.securityGroupIds.length, update]);
}
