// Cross-feature imports that existed when feature-boundaries was introduced (issue 13): each passes, and
// `pnpm lint` says how many remain. An import between features that is not listed here fails. Delete an entry once
// its import is gone (the check says which ones no longer occur); the list should end empty.

export interface KnownException {
  /** The importing file, repository-relative. */
  from: string;
  /** The imported file, repository-relative. */
  to: string;
}

export const KNOWN_CROSS_FEATURE_IMPORTS: readonly KnownException[] = [
  { from: 'apps/web/src/features/audit/components/audit-page.tsx', to: 'apps/web/src/features/cloud-accounts/api/list-accounts.ts' },
  { from: 'apps/web/src/features/cloud-accounts/components/account-form-dialog.tsx', to: 'apps/web/src/features/regions/api/describe-regions.ts' },
  { from: 'apps/web/src/features/create-instance/api/run-instances.ts', to: 'apps/web/src/features/instances/api/describe-instances.ts' },
  { from: 'apps/web/src/features/create-instance/components/create-instances-page.tsx', to: 'apps/web/src/features/instances/api/describe-instances.ts' },
  { from: 'apps/web/src/features/create-instance/components/create-instances-page.tsx', to: 'apps/web/src/features/instances/api/launched-instances.ts' },
  { from: 'apps/web/src/features/create-instance/components/create-instances-page.tsx', to: 'apps/web/src/features/instances/hooks/use-instance-list-params.ts' },
  { from: 'apps/web/src/features/create-instance/components/create-instances-page.tsx', to: 'apps/web/src/features/regions/api/describe-regions.ts' },
  { from: 'apps/web/src/features/create-instance/components/step-location.tsx', to: 'apps/web/src/features/cloud-accounts/components/account-select.tsx' },
  { from: 'apps/web/src/features/create-instance/components/step-location.tsx', to: 'apps/web/src/features/regions/components/region-select.tsx' },
  { from: 'apps/web/src/features/create-instance/hooks/use-prefill.ts', to: 'apps/web/src/features/instances/api/describe-instances.ts' },
  { from: 'apps/web/src/features/create-instance/hooks/use-wizard-lists.ts', to: 'apps/web/src/features/regions/api/describe-zones.ts' },
  { from: 'apps/web/src/features/instances/api/attach-to-batch.ts', to: 'apps/web/src/features/batch/api/compute-envs.ts' },
  { from: 'apps/web/src/features/instances/api/instance-modification.ts', to: 'apps/web/src/features/create-instance/api/zone-offerings.ts' },
  { from: 'apps/web/src/features/instances/components/batch/add-to-batch-dialog.tsx', to: 'apps/web/src/features/batch/api/compute-envs.ts' },
  { from: 'apps/web/src/features/instances/components/batch/add-to-batch-dialog.tsx', to: 'apps/web/src/features/batch/messages.ts' },
  { from: 'apps/web/src/features/instances/components/batch/add-to-batch-dialog.tsx', to: 'apps/web/src/features/create-instance/api/images.ts' },
  { from: 'apps/web/src/features/instances/components/batch/add-to-batch-dialog.tsx', to: 'apps/web/src/features/create-instance/state/validate.ts' },
  { from: 'apps/web/src/features/instances/components/instance-detail.tsx', to: 'apps/web/src/features/network-interfaces/components/network-interfaces-panel.tsx' },
  { from: 'apps/web/src/features/instances/components/instance-filters.tsx', to: 'apps/web/src/features/regions/api/describe-zones.ts' },
  { from: 'apps/web/src/features/instances/components/modify/bandwidth-dialog.tsx', to: 'apps/web/src/features/create-instance/price/price-figures.ts' },
  { from: 'apps/web/src/features/instances/components/modify/charge-type-dialog.tsx', to: 'apps/web/src/features/create-instance/price/price-figures.ts' },
  { from: 'apps/web/src/features/instances/components/modify/quote-view.tsx', to: 'apps/web/src/features/create-instance/price/price-figures.ts' },
  { from: 'apps/web/src/features/instances/components/modify/quote-view.tsx', to: 'apps/web/src/features/create-instance/price/use-format-price.ts' },
  { from: 'apps/web/src/features/instances/components/modify/reinstall-dialog.tsx', to: 'apps/web/src/features/create-instance/api/images.ts' },
  { from: 'apps/web/src/features/instances/components/modify/reinstall-dialog.tsx', to: 'apps/web/src/features/create-instance/api/key-pairs.ts' },
  { from: 'apps/web/src/features/instances/components/modify/reinstall-dialog.tsx', to: 'apps/web/src/features/create-instance/state/validate.ts' },
  { from: 'apps/web/src/features/instances/components/modify/resize-dialog.tsx', to: 'apps/web/src/features/create-instance/price/use-format-price.ts' },
  { from: 'apps/web/src/features/network-interfaces/components/bind-interface-dialog.tsx', to: 'apps/web/src/features/create-instance/api/create-keys.ts' },
  { from: 'apps/web/src/features/network-interfaces/components/create-interface-dialog.tsx', to: 'apps/web/src/features/create-instance/api/create-keys.ts' },
  { from: 'apps/web/src/features/network-interfaces/components/create-interface-dialog.tsx', to: 'apps/web/src/features/create-instance/api/security-groups.ts' },
  { from: 'apps/web/src/features/network-interfaces/components/create-interface-dialog.tsx', to: 'apps/web/src/features/create-instance/api/subnets.ts' },
];

/**
 * Value import cycles that exist and are to be broken, each as the files of the cycle. The check counts them; any other
 * cycle fails, and so does a listed one that grows a file.
 */
export const KNOWN_CYCLES: readonly (readonly string[])[] = [
  // Landed with bd41be8 (HAI on the one timeline): hai-region seeds with seedHaiInstances, which changes instances
  // through hai-region's changeHaiInstance. Pass the change function in, or move the seeding next to the region.
  ['packages/emulator/src/services/hai/demo-instances.ts', 'packages/emulator/src/services/hai/hai-region.ts'],
];
