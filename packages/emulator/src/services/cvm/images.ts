import { cvm, type Image } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../filters.ts';
import { IMAGE_ID } from './id-formats.ts';
import { imagesIn } from './images/image-store.ts';
import { tagFilters } from './resource-tags.ts';

// DescribeImages (24872): ImageIds or Filters, paged; InstanceType narrows to images the type can boot. The region's
// images are the public ones and the account's own and shared ones (images/image-store.ts).

const fuzzy =
  (get: (i: Image) => string): FilterDefinition<Image>['match'] =>
  (image, values) =>
    values.some((v) => get(image).toLowerCase().includes(v.toLowerCase()));

const IMAGE_FILTERS: Record<string, FilterDefinition<Image>> = {
  'image-id': {
    match: (image, values) => values.includes(image.ImageId),
    validate: (value) => {
      if (!IMAGE_ID.test(value)) throw new CloudError('InvalidImageId.Malformed', `The image ID \`${value}\` is malformed.`);
    },
  },
  'image-type': {
    match: (image, values) => values.includes(image.ImageType),
    validate: (value, name) => {
      if (!['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE'].includes(value)) {
        throw new CloudError('InvalidParameterValue', `The value \`${value}\` of filter \`${name}\` must be PUBLIC_IMAGE, PRIVATE_IMAGE or SHARED_IMAGE.`);
      }
    },
  },
  'image-name': { match: fuzzy((i) => i.ImageName) },
  platform: { match: fuzzy((i) => i.Platform) },
  ...tagFilters((image: Image) => image.Tags),
};

export const describeImages = handler(cvm.DescribeImages, (ctx, params) => {
  if (params.ImageIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter.InvalidParameterCoexistImageIdsFilters', 'The parameters `ImageIds` and `Filters` cannot be specified at the same time.');
  }
  for (const id of params.ImageIds ?? []) {
    if (!IMAGE_ID.test(id)) throw new CloudError('InvalidImageId.Malformed', `The image ID \`${id}\` in \`ImageIds\` is malformed.`);
  }
  let architecture: Image['Architecture'] | undefined;
  let gpu = false;
  if (params.InstanceType) {
    const type = [...ctx.region.zoneTypes.values()].flat().find((t) => t.InstanceType === params.InstanceType);
    if (!type) {
      throw new CloudError('InvalidParameterValue.InstanceTypeNotFound', `The instance type \`${params.InstanceType}\` is not offered in ${ctx.region.seed.region}.`);
    }
    architecture = 'x86_64';
    gpu = type.GpuCount > 0;
  }
  const matches = compileFilters(params.Filters, IMAGE_FILTERS);
  const wanted = params.ImageIds?.length ? new Set(params.ImageIds) : undefined;
  const images = imagesIn(ctx.world, ctx.region).filter(
    (image) => (wanted ? wanted.has(image.ImageId) : matches(image)) && (!architecture || image.Architecture === architecture) && (!gpu || image.Platform !== 'Windows'),
  );
  return { TotalCount: images.length, ImageSet: paginate(images, params.Offset, params.Limit) };
});
