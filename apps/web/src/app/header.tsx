// Header controls and their accessible names (end-to-end tests find them by these):
//   - Sections: from 1,680 px a <nav> "Console sections" / "控制台导航" of links: "Overview", "Instances", "Images",
//               "Placement", "HAI", "Batch", "Security" (with an Alibaba Cloud account, "Scaling groups" instead of
//               the Tencent Cloud pages), and for admins "People", "Cloud accounts", "Audit log"; the current one has
//               aria-current="page". Below, one menu button "<current page>, Console sections" whose menu items are
//               every page. A section of several pages shows them as tabs on each (app/section-pages.tsx: a <nav>
//               "Security pages", "Image pages", "Placement pages").
//   - Language: <select> labelled "Language" / "语言"; options "English" and "简体中文" (values en, zh-CN).
//   - Theme:    a <button> whose accessible name names the theme it switches TO:
//               "Dark theme" / "深色主题" while the light theme shows, "Light theme" / "浅色主题" while dark shows.
//               It deliberately has no aria-pressed: the changing name already says what a press does.
//   - Palette:  a <button> "Go to… Ctrl K" / "跳转… Ctrl K" (also Ctrl-K or Cmd-K anywhere) opening the command
//               palette: a dialog "Go to or do anything" with a combobox "Command" over a listbox "Results".
//   - Person:   a menu button named "<display name>, <Role>" (e.g. "Ada Admin, Admin") with menu items
//               "Your account" and "Sign out".
//   - Busy:     a role="status" line saying "Busy, retrying…" / "繁忙，正在重试…" while a read waits to be retried after
//               a 429 ConsoleBusy or RequestLimitExceeded; absent otherwise.
//   - Emulator: a "Local emulator" / "本地模拟器" badge, shown only when /api/meta says mode "emulator";
//               its title (tooltip) explains that instances are simulated.
// On the instance pages a second row holds the cloud context:
//   - Account:  <select> labelled "Account" / "账号"; option values are account IDs, labels "Name (…1A2B)", grouped
//               by cloud ("Tencent Cloud" / "Alibaba Cloud") when there are accounts of both. Choosing one of the
//               other cloud opens that cloud's pages (Scaling groups for Alibaba Cloud, Instances for Tencent Cloud).
//   - Region:   <select> labelled "Region" / "地域" (the instance list's "All regions" checkbox also has the word: find
//               the select with an exact match); option values are region IDs (ap-guangzhou, cn-hangzhou), listed by
//               the account's own cloud (CVM or ECS DescribeRegions).
import { RegionSelect } from '../cloud/regions/region-select.tsx';
import { AccountSelect } from '../components/account-select.tsx';
import { Brand } from './brand.tsx';
import { BusyIndicator } from './busy-indicator.tsx';
import { LanguageSelect } from './language-select.tsx';
import { NavLinks } from './nav-links.tsx';
import { PaletteButton } from './command-palette/palette-button.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import { useCloudScope } from './use-cloud-scope.ts';
import { UserMenu } from './user-menu.tsx';

function CloudContextBar() {
  const { scope, account, accounts, accountsError, region, setAccount, setRegion } = useCloudScope();
  // No group label: "Region" and "Account" must each name exactly one control.
  return (
    <div className="border-t border-line bg-surface-2">
      <div className="mx-auto flex h-11 max-w-[1680px] items-center gap-5 px-6">
        <AccountSelect accounts={accounts} account={account} failed={Boolean(accountsError)} onChange={setAccount} />
        <RegionSelect scope={scope} region={region} cloud={account?.cloud} onChange={setRegion} />
      </div>
    </div>
  );
}

export function Header({ showCloudContext }: { showCloudContext: boolean }) {
  return (
    <header className="sticky top-0 z-10 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85">
      <div className="mx-auto flex h-14 max-w-[1680px] items-stretch gap-6 px-6">
        <div className="flex items-center">
          <Brand />
        </div>
        <NavLinks />
        <div className="ml-auto flex items-center gap-3">
          <BusyIndicator />
          <PaletteButton />
          <LanguageSelect />
          <ThemeToggle />
          <UserMenu />
        </div>
      </div>
      {showCloudContext && <CloudContextBar />}
    </header>
  );
}
