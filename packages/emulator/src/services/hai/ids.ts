import { CloudError } from '../../http/cloud-error.ts';

// HAI's ID shapes. New instance IDs are hai- and eight lower-case letters or digits; the documentation's own examples
// also show nine (hai-qcgdfaptd), so eight or nine are accepted as well-formed. Application IDs in the examples have
// six (app-jknfna) and eight characters: 6–12 are accepted.

export const HAI_INSTANCE_ID = /^hai-[a-z0-9]{8,9}$/;
export const APPLICATION_ID = /^app-[a-z0-9]{6,12}$/;
export const SCENE_ID = /^scene-[a-z0-9]{6,12}$/;

export function assertApplicationId(id: string, parameter: string): void {
  if (!APPLICATION_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.InvalidApplicationIdMalformed',
      `The application ID \`${id}\` in \`${parameter}\` is malformed: expected app- followed by 6 to 12 lower-case letters or digits.`,
    );
  }
}

export function assertInstanceId(id: string, parameter: string): void {
  if (!HAI_INSTANCE_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.InvalidInstanceIdMalformed',
      `The instance ID \`${id}\` in \`${parameter}\` is malformed: expected hai- followed by 8 lower-case letters or digits.`,
    );
  }
}

export function assertSceneId(id: string, parameter: string): void {
  if (!SCENE_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.InvalidSceneIdMalformed',
      `The scene ID \`${id}\` in \`${parameter}\` is malformed: expected scene- followed by lower-case letters or digits.`,
    );
  }
}

/** A list parameter may not name the same ID twice. */
export function assertNoDuplicates(ids: readonly string[], parameter: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CloudError('InvalidParameterValue.Duplicated', `\`${parameter}\` names \`${id}\` more than once.`);
    seen.add(id);
  }
}
