import { handlersIn } from '../action-handler.ts';
import * as describeProjects from './describe-projects.ts';
import * as describeTags from './describe-tags.ts';
import * as tagResources from './tag-resources.ts';

/**
 * The tag service (tag 2018-08-13): what the console reads to suggest tags, binding and unbinding instances' tags, and
 * the account's projects.
 */
export const tagHandlers = handlersIn(describeTags, tagResources, describeProjects);
