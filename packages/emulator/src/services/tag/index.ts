import { handlersIn } from '../action-handler.ts';
import * as describeTags from './describe-tags.ts';

/** The tag service (tag 2018-08-13): what the console reads to suggest tags. */
export const tagHandlers = handlersIn(describeTags);
