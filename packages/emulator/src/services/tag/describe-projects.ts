import { tag } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { ACCOUNT_PROJECTS } from '../cvm/projects.ts';
import { handler } from '../action-handler.ts';

// DescribeProjects (651/78725, "获取项目列表"): the account's projects (services/cvm/projects.ts, the same list CVM's
// actions accept), by ProjectId. AllList 1 lists every project, hidden ones included — the default project 0 among
// them — and 0 the shown ones only; ProjectId (documented "大于0") and ProjectName (the whole name) narrow the list, and
// Total counts what is left before the page is cut from it at Offset, Limit projects long. The page documents Limit as
// a fixed 1000, and its English example sends 500: any Limit from 1 to 1000 is taken. A value out of range is refused
// with InvalidParameter, the one parameter code the tag service's Go SDK lists for the action (tag/v20180813/client.go:
// AuthFailure, AuthFailure.UnauthorizedOperation, FailedOperation, InvalidParameter).

function refuse(field: string, value: number, rule: string): never {
  throw new CloudError('InvalidParameter', `The parameter \`${field}\` (${value}) ${rule}.`);
}

export const describeProjects = handler(tag.DescribeProjects, (ctx, params) => {
  const { AllList, Limit, Offset, ProjectId, ProjectName } = params;
  if (AllList !== 0 && AllList !== 1) refuse('AllList', AllList, 'must be 1 (every project, hidden ones included) or 0 (the shown ones)');
  if (Limit < 1 || Limit > tag.PROJECT_LIST_LIMIT) refuse('Limit', Limit, `must be from 1 to ${tag.PROJECT_LIST_LIMIT}`);
  if (Offset < 0) refuse('Offset', Offset, 'must not be negative');
  if (ProjectId !== undefined && ProjectId <= 0) refuse('ProjectId', ProjectId, 'must be greater than 0');
  const creator = Number(ctx.world.account.uin);
  const listed = ACCOUNT_PROJECTS.filter(
    (project) =>
      (AllList === 1 || !project.hidden) && (ProjectId === undefined || project.ProjectId === ProjectId) && (ProjectName === undefined || project.ProjectName === ProjectName),
  );
  const Projects = listed
    .slice(Offset, Offset + Limit)
    .map(({ ProjectId, ProjectName, ProjectInfo, CreateTime }): tag.Project => ({ ProjectId, ProjectName, CreatorUin: creator, ProjectInfo, CreateTime }));
  return { Total: listed.length, Projects };
});
