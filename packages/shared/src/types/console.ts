// What the console's own server says about itself (GET /api/meta); shared by server and browser.

export interface ConsoleMeta {
  /** "emulator" when the server runs the embedded local CVM, "cloud" when it forwards to Tencent Cloud. */
  mode: 'emulator' | 'cloud';
  defaultRegion: string;
  version: string;
  /** Single sign-on, when configured: what its button says. */
  sso?: { label: string };
  /** Who may sign in with a password: everyone, administrators only (break glass), or no one (single sign-on only). */
  localSignIn?: 'all' | 'admins' | 'off';
}

/** Header every browser call to /api carries; a cross-site form cannot set it, so it doubles as CSRF protection. */
export const CONSOLE_CLIENT_HEADER = 'X-CVM-Console';
/** Header naming the region a call acts in. */
export const REGION_HEADER = 'X-Region';
