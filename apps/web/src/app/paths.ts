// The console's pages. The path says which page; the query string holds that page's view state.
export const PATHS = {
  instances: '/',
  /** Every region's instances at a glance. */
  overview: '/overview',
  createInstances: '/instances/create',
  hai: '/hai',
  signIn: '/sign-in',
  setup: '/setup',
  invite: '/invite',
  profile: '/profile',
  users: '/admin/users',
  accounts: '/admin/accounts',
  audit: '/audit',
  /** Alibaba Cloud Auto Scaling: shown only with an Alibaba Cloud account (see cloud-pages.ts). */
  scalingGroups: '/aliyun/scaling-groups',
  batch: '/batch',
  /** The region's SSH key pairs. */
  keyPairs: '/key-pairs',
  /** The region's security groups and their rules. */
  securityGroups: '/security-groups',
  /** The region's images: public, the account's own, and shared with it. */
  images: '/images',
  /** The region's HPC clusters. */
  hpcClusters: '/hpc-clusters',
  /** The region's CHC hosts: the account's own servers, and their networks. */
  chcHosts: '/chc-hosts',
  /** The region's placement groups (spread over hosts, switches or racks). */
  placementGroups: '/placement-groups',
  /** The region's dedicated hosts (CDH). */
  dedicatedHosts: '/dedicated-hosts',
  /** The region's launch templates and their versions. */
  launchTemplates: '/launch-templates',
} as const;

/**
 * The create wizard in the account and region the person is looking at (the current URL's, when it names them);
 * `from` fills it in from that instance ("Create similar").
 */
export function createInstancesPath(from?: string): string {
  const current = new URLSearchParams(window.location.search);
  const query = new URLSearchParams();
  for (const key of ['account', 'region']) {
    const value = current.get(key);
    if (value) query.set(key, value);
  }
  if (from) query.set('from', from);
  const text = query.toString();
  return `${PATHS.createInstances}${text ? `?${text}` : ''}`;
}

/**
 * The instance list in one account and region: filtered by a state, or with one instance's detail open. Everything
 * that links to instances (Batch's nodes, the palette, the overview) builds its address here.
 */
export function instancesPath(scope: { account: string; region: string }, view: { state?: string; instance?: string } = {}): string {
  const query = new URLSearchParams({ account: scope.account, region: scope.region });
  if (view.state) query.set('state', view.state);
  if (view.instance) query.set('instance', view.instance);
  return `${PATHS.instances}?${query}`;
}

/**
 * Where to go after signing in, from `?next=`: only a path on this console (one leading slash), never another site
 * (`//evil.example` or `/\evil.example` are protocol-relative URLs to a browser).
 */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return PATHS.instances;
  if (value === PATHS.signIn || value.startsWith(`${PATHS.signIn}?`) || value.startsWith(PATHS.setup)) return PATHS.instances;
  return value;
}

/** The sign-in page, remembering where the person was going (path and query), unless that is just the list. */
export function signInPath(next: string): string {
  return next === PATHS.instances ? PATHS.signIn : `${PATHS.signIn}?next=${encodeURIComponent(next)}`;
}
