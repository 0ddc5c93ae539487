import type { cvm, ParamsOutput, Tag } from '@cvm/shared';

/**
 * What one version of a launch template holds: the purchase parameters it was given (merged, for a later version, with
 * those of the version it was based on), as the catalog's schema outputs them. Only what was given is kept, so a
 * purchase from it overrides exactly what it names (services/cvm/launch-templates/apply-launch-template.ts).
 */
export type LaunchTemplateData = Omit<
  ParamsOutput<typeof cvm.CreateLaunchTemplate>,
  'LaunchTemplateName' | 'LaunchTemplateVersionDescription' | 'LaunchTemplateTagSpecification' | 'DryRun'
>;

export interface LaunchTemplateVersionRecord {
  number: number;
  description: string;
  /** Emulator ms. */
  createdAt: number;
  data: LaunchTemplateData;
}

/** One launch template of a region (services/cvm/launch-templates/). */
export interface LaunchTemplateRecord {
  id: string;
  name: string;
  createdAt: number;
  defaultVersion: number;
  /** The last version number handed out: numbers only grow, and a template makes at most 30 (VERSIONS_PER_TEMPLATE). */
  lastNumber: number;
  /** By number, in the order they were made. */
  versions: Map<number, LaunchTemplateVersionRecord>;
  /** LaunchTemplateTagSpecification: the template's own tags, which DescribeLaunchTemplates filters by. */
  tags: Tag[];
}
