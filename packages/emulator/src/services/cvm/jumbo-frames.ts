import { CloudError } from '../../http/cloud-error.ts';

// Jumbo frames (EnableJumboFrame of RunInstances and ModifyInstancesAttribute): "只有支持巨型帧的机型可设置为true …
// 可设置为false" — only types that support them may set the flag either way (the SDK's RunInstancesRequest and
// ModifyInstancesAttributeRequest; UnsupportedOperation.InstanceTypeNotSupportJumboFrame, reference 9836, 15992). The
// cloud's list is the instance-type page, which the seeds do not carry; the emulator's reading: its newer generations,
// S6 and SA3, support them, and the older or special families (S5, SA2, M5, C5, IT5, GN7) do not.

const JUMBO_FRAME_FAMILIES: ReadonlySet<string> = new Set(['S6', 'SA3']);

export function supportsJumboFrames(instanceType: string): boolean {
  return JUMBO_FRAME_FAMILIES.has(instanceType.split('.')[0]!);
}

/** Refuses EnableJumboFrame (true or false) for a type that has no jumbo frames. */
export function requireJumboFrames(instanceType: string, what: string): void {
  if (!supportsJumboFrames(instanceType)) {
    throw new CloudError(
      'UnsupportedOperation.InstanceTypeNotSupportJumboFrame',
      `${what} is ${instanceType}, which has no jumbo frames: \`EnableJumboFrame\` may be set only for types that support them (${[...JUMBO_FRAME_FAMILIES].join(', ')}).`,
    );
  }
}
