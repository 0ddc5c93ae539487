// What the console's own server says about itself (GET /api/meta); shared by server and browser.

export interface ConsoleMeta {
  /** "emulator" when the server runs the embedded local CVM, "cloud" when it forwards to Tencent Cloud. */
  mode: 'emulator' | 'cloud';
  defaultRegion: string;
  version: string;
}

/** Header every browser call to /api carries; a cross-site form cannot set it, so it doubles as CSRF protection. */
export const CONSOLE_CLIENT_HEADER = 'X-CVM-Console';
/** Header naming the region a call acts in. */
export const REGION_HEADER = 'X-Region';
