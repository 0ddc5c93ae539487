import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { parseInstanceSearch, type Instance } from '@cvm/shared';
import { actionGroupsIn } from '../../actions/collect-actions.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { cn } from '../../components/ui/cn.ts';
import { SearchIcon } from '../../components/ui/icons.tsx';
import { ModalDialog } from '../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { useSignedInUser } from '../../api/session.ts';
import { INSTANCE_ACTIONS } from '../../features/instances/actions/instance-actions.ts';
import { requestInstanceAction } from '../../features/instances/actions/pending-action.ts';
import { refusalOf } from '../../features/instances/actions/refusal.ts';
import { useAllRegionsSearch } from '../../features/instances/all-regions/use-all-regions-search.ts';
import { toApiQuery } from '../../features/instances/api/to-api-filters.ts';
import { useRegions } from '../../cloud/regions/describe-regions.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { useLanguage } from '../../i18n/use-t.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useSections } from '../nav-links.tsx';
import { useTheme } from '../theme.ts';
import { instancesPath } from '../paths.ts';
import { navigate } from '../url-state.ts';
import { useCloudScope } from '../use-cloud-scope.ts';
import { paletteMessages } from './palette-messages.ts';

interface Command {
  id: string;
  group: keyof (typeof paletteMessages)['en']['groups'];
  label: string;
  detail?: string;
  run: () => void;
  /** Runs without closing the palette: it shows the next step (an instance's actions). */
  staysOpen?: boolean;
}

/** An instance found in some region, whose actions the palette lists. */
interface Target {
  instance: Instance;
  href: string;
  /** What was typed to find it, given back when the person steps back. */
  text: string;
}

/** How many matches of each region an instance search shows here. */
const PER_REGION = 5;

/**
 * The instances a typed name, ID or address finds in every region: each as a command that opens it in its region, and
 * one that lists what can be done to it.
 */
function useInstanceCommands(
  scope: CloudScope | undefined,
  text: string,
  onTarget: (target: Target) => void,
  actionsLabel: (name: string) => string,
): { commands: Command[]; searching: boolean } {
  const settled = useDebouncedValue(text.trim(), 300);
  const parsed = parseInstanceSearch(settled);
  const search = useMemo(() => toApiQuery({ state: undefined, zone: undefined, q: settled }), [settled]);
  const wanted = scope !== undefined && settled.length >= 2 && parsed.problems.length === 0;
  const { rows } = useAllRegionsSearch(scope, search, PER_REGION, wanted);
  if (!wanted || !scope) return { commands: [], searching: false };
  const commands = rows.flatMap(({ region, answer }) =>
    (answer.data?.InstanceSet ?? []).flatMap((instance): Command[] => {
      const name = instance.InstanceName || instance.InstanceId;
      const href = instancesPath({ account: scope.account, region: region.Region }, { instance: instance.InstanceId });
      return [
        {
          id: `instance:${region.Region}:${instance.InstanceId}`,
          group: 'instances',
          label: name,
          detail: [instance.InstanceId, region.RegionName, ...instance.PrivateIpAddresses].join(' · '),
          run: () => navigate(href),
        },
        {
          id: `instance-actions:${region.Region}:${instance.InstanceId}`,
          group: 'instances',
          label: actionsLabel(name),
          run: () => onTarget({ instance, href, text }),
          staysOpen: true,
        },
      ];
    }),
  );
  return { commands, searching: rows.some(({ answer }) => answer.isFetching) };
}

/**
 * The actions the person may run on the target now (its state allows them, their role does): each opens the action's
 * confirmation on the instance's detail, in its region — the same dialog, checks and audit as from its menu.
 */
function useActionCommands(target: Target | undefined): Command[] {
  const { t } = useLanguage();
  const user = useSignedInUser();
  if (!target) return [];
  const { instance, href } = target;
  return actionGroupsIn(INSTANCE_ACTIONS, 'detail')
    .flatMap(({ actions }) => actions)
    .filter((action) => refusalOf(action, [instance], user.role, t, true) === undefined)
    .map((action) => ({
      id: `action:${action.id}`,
      group: 'actions' as const,
      label: action.label(t),
      detail: instance.InstanceName || instance.InstanceId,
      run: () => {
        requestInstanceAction(instance.InstanceId, action.id);
        navigate(href);
      },
    }));
}

/**
 * The command palette (Ctrl/Cmd-K): type to find an instance by name, ID or address in every region and open it
 * there, or to go to a page, switch region or account, language or theme. A combobox over a list of options: the
 * arrows move, Enter runs, Escape closes.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t, language, setLanguage } = useLanguage();
  const m = useLocalized(paletteMessages);
  const ids = { title: useId(), list: useId() };
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  // An instance whose actions are listed; Escape, or Backspace in an empty box, goes back to what found it.
  const [target, setTarget] = useState<Target>();
  const sections = useSections();
  const { scope, accounts, account, setAccount, setRegion } = useCloudScope();
  const [theme, setTheme] = useTheme();
  const regionList = useRegions(scope, account?.cloud).data ?? [];
  const instances = useInstanceCommands(
    target ? undefined : scope,
    text,
    (next) => {
      setTarget(next);
      setText('');
      setActive(0);
    },
    m.actionsFor,
  );
  const actionCommands = useActionCommands(target);
  const back = () => {
    if (!target) return;
    setText(target.text);
    setTarget(undefined);
    setActive(0);
  };

  const fixed: Command[] = target
    ? actionCommands
    : [
        ...sections.flatMap((section) => section.pages.map((page) => ({ id: `page:${page.href}`, group: 'pages' as const, label: page.label, run: () => navigate(page.href) }))),
        ...regionList.map((region) => ({
          id: `region:${region.Region}`,
          group: 'regions' as const,
          label: m.region(region.RegionName),
          detail: region.Region,
          run: () => setRegion(region.Region),
        })),
        ...(accounts ?? [])
          .filter((other) => other.id !== account?.id)
          .map((other) => ({
            id: `account:${other.id}`,
            group: 'accounts' as const,
            label: m.account(other.name),
            detail: other.role ? other.role.arn : `…${other.secretIdLast4}`,
            run: () => setAccount(other.id),
          })),
        ...LANGUAGES.filter((code) => code !== language).map((code) => ({
          id: `language:${code}`,
          group: 'settings' as const,
          label: m.language(LANGUAGE_NAMES[code]),
          run: () => setLanguage(code),
        })),
        {
          id: 'theme',
          group: 'settings',
          label: theme === 'dark' ? t.header.switchToLight : t.header.switchToDark,
          run: () => setTheme(theme === 'dark' ? 'light' : 'dark'),
        },
      ];
  // Every word typed must appear somewhere in the command ("region singapore", "dark").
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matching = fixed.filter((command) => words.every((word) => `${command.label} ${command.detail ?? ''}`.toLowerCase().includes(word)));
  const commands = [...instances.commands, ...matching];
  const current = Math.min(active, Math.max(commands.length - 1, 0));
  const optionId = (index: number) => `${ids.list}-${index}`;

  const run = (command: Command | undefined) => {
    if (!command) return;
    if (!command.staysOpen) onClose();
    command.run();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((commands.length + current + step) % Math.max(commands.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(commands[current]);
    } else if (target && (event.key === 'Escape' || (event.key === 'Backspace' && text === ''))) {
      // A step back, not out: the dialog does not see this Escape.
      event.preventDefault();
      event.stopPropagation();
      back();
    }
  };

  return (
    <ModalDialog labelledBy={ids.title} onClose={onClose} size="lg">
      <h2 id={ids.title} className="sr-only">
        {m.title}
      </h2>
      <div className="flex items-center gap-2 border-b border-line px-4">
        <SearchIcon className="text-fg-subtle" />
        <input
          role="combobox"
          aria-label={m.inputLabel}
          aria-expanded="true"
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={commands.length > 0 ? optionId(current) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={target ? m.actionPlaceholder(target.instance.InstanceName || target.instance.InstanceId) : m.placeholder}
          className="h-12 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-fg-subtle"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        {instances.searching && <Spinner label={m.searching} />}
      </div>
      <div id={ids.list} role="listbox" aria-label={m.resultsLabel} className="max-h-96 overflow-y-auto py-1">
        {commands.map((command, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keys (aria-activedescendant)
          <div
            key={command.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === current}
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
            className={cn('flex cursor-pointer items-baseline gap-3 px-4 py-2 text-sm', index === current && 'bg-accent-soft')}
          >
            <span className="w-28 shrink-0 text-xs text-fg-muted">{m.groups[command.group]}</span>
            <span className="min-w-0 truncate font-medium">{command.label}</span>
            {command.detail && <span className="min-w-0 truncate text-xs text-fg-muted">{command.detail}</span>}
          </div>
        ))}
      </div>
      {commands.length === 0 && !instances.searching && <p className="px-4 py-3 text-sm text-fg-muted">{target ? m.noActions : m.noResults}</p>}
      <p className="border-t border-line bg-surface-2 px-4 py-2 text-xs text-fg-muted">{target ? m.actionsHint : m.hint}</p>
    </ModalDialog>
  );
}
