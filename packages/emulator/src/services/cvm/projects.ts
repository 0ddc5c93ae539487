import { CloudError } from '../../http/cloud-error.ts';

// The emulated account's projects (a project groups resources across regions; DescribeInstances filters by project-id).
// The default project 0 and two of the account's own, so ModifyInstancesProject has somewhere to move an instance. The
// same list answers every action that names a project (RunInstances' Placement, CreateKeyPair, ModifyInstancesProject)
// and is what the tag service's DescribeProjects lists (services/tag/describe-projects.ts).

export interface AccountProject {
  ProjectId: number;
  ProjectName: string;
  /** The project's description, as DescribeProjects' ProjectInfo answers it (empty: none). */
  ProjectInfo: string;
  /** When it was created, Beijing time, as DescribeProjects writes it (`YYYY-MM-DD hh:mm:ss`). */
  CreateTime: string;
  /**
   * Listed by DescribeProjects only when AllList is 1 ("传1拉取所有项目（包括隐藏项目），传0拉取显示项目"). The default
   * project is not one the account made, so the emulator lists it with the hidden ones.
   */
  hidden: boolean;
}

export const ACCOUNT_PROJECTS: readonly AccountProject[] = [
  { ProjectId: 0, ProjectName: 'Default project', ProjectInfo: '', CreateTime: '2020-03-02 09:14:27', hidden: true },
  // 1045 is the reference's example project ID (ModifyInstancesProject, 19580).
  { ProjectId: 1045, ProjectName: 'web', ProjectInfo: 'Web front ends and their load balancers', CreateTime: '2021-10-13 11:03:30', hidden: false },
  { ProjectId: 1046, ProjectName: 'data-platform', ProjectInfo: 'Data pipelines and the warehouse', CreateTime: '2022-06-21 16:40:08', hidden: false },
];

/** InvalidProjectId.NotFound for a project the account does not have. */
export function requireProject(projectId: number): void {
  if (ACCOUNT_PROJECTS.some((project) => project.ProjectId === projectId)) return;
  const known = ACCOUNT_PROJECTS.map((project) => project.ProjectId).join(', ');
  throw new CloudError('InvalidProjectId.NotFound', `The project \`${projectId}\` does not exist; this account's projects are ${known}.`);
}
