import { CloudError } from '../../http/cloud-error.ts';

// The emulated account's projects (a project groups resources across regions; DescribeInstances filters by project-id).
// The default project 0 and two of the account's own, so ModifyInstancesProject has somewhere to move an instance. The
// same list answers every action that names a project (RunInstances' Placement, CreateKeyPair, ModifyInstancesProject).

export interface AccountProject {
  ProjectId: number;
  ProjectName: string;
}

export const ACCOUNT_PROJECTS: readonly AccountProject[] = [
  { ProjectId: 0, ProjectName: 'Default project' },
  // 1045 is the reference's example project ID (ModifyInstancesProject, 19580).
  { ProjectId: 1045, ProjectName: 'web' },
  { ProjectId: 1046, ProjectName: 'data-platform' },
];

/** InvalidProjectId.NotFound for a project the account does not have. */
export function requireProject(projectId: number): void {
  if (ACCOUNT_PROJECTS.some((project) => project.ProjectId === projectId)) return;
  const known = ACCOUNT_PROJECTS.map((project) => project.ProjectId).join(', ');
  throw new CloudError('InvalidProjectId.NotFound', `The project \`${projectId}\` does not exist; this account's projects are ${known}.`);
}
