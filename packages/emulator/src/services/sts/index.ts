import { handlersIn } from '../action-handler.ts';
import * as assumeRole from './assume-role.ts';
import * as getCallerIdentity from './get-caller-identity.ts';

/** Security Token Service (sts 2018-08-13): who the signing keys belong to, and temporary keys for a role. */
export const stsHandlers = handlersIn(getCallerIdentity, assumeRole);
