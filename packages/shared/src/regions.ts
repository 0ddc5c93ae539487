/** The region a console opens in when the person has not chosen one. */
export const DEFAULT_REGION = 'ap-guangzhou';

/** Region IDs look like ap-guangzhou, na-siliconvalley, ap-shanghai-fsi. */
export const REGION_ID_PATTERN = /^[a-z]{2,4}-[a-z]+(?:-fsi)?$/;

/** Where an Alibaba Cloud account starts: East China 1 (Hangzhou), the region ECS and ESS examples use. */
export const ALIYUN_DEFAULT_REGION = 'cn-hangzhou';
