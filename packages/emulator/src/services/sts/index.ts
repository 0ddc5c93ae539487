import { handlersIn } from '../action-handler.ts';
import * as getCallerIdentity from './get-caller-identity.ts';

/** Security Token Service (sts 2018-08-13): who the signing keys belong to. */
export const stsHandlers = handlersIn(getCallerIdentity);
