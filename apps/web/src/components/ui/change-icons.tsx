import { lineIcon } from './icons.tsx';

// The changes' icons (resize, disks, bandwidth...): they load with the change actions, not with the first page.
export const ResizeIcon = lineIcon('M3.5 6.5h5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1h-5a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1ZM9 2.5h4.5V7M13.5 2.5l-5 5');
export const DiskIcon = lineIcon('M3 4a5 1.75 0 1 0 10 0A5 1.75 0 1 0 3 4v8c0 1 2.24 1.75 5 1.75s5-.78 5-1.75V4M3 8c0 1 2.24 1.75 5 1.75S13 9 13 8');
export const GaugeIcon = lineIcon('M2.5 11.5a5.5 5.5 0 1 1 11 0M8 11.5l2.5-4');
export const KeyIcon = lineIcon('M2.5 10.5a3 3 0 1 0 6 0 3 3 0 1 0-6 0M7.6 8.4 13 3M11 5l1.5 1.5');
export const DiscIcon = lineIcon('M2.25 8a5.75 5.75 0 1 0 11.5 0 5.75 5.75 0 1 0-11.5 0M6.5 8a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0');
export const WalletIcon = lineIcon('M3.25 4h9.5c.7 0 1.25.55 1.25 1.25v6.5c0 .7-.55 1.25-1.25 1.25h-9.5C2.55 13 2 12.45 2 11.75v-6.5C2 4.55 2.55 4 3.25 4ZM2 6.5h12M10.5 9.75h1');
export const CalendarIcon = lineIcon('M3.5 3.5h9a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1ZM2.5 6.5h11M5.5 2v3M10.5 2v3');
export const TerminalIcon = lineIcon('M3 2.75h10c.7 0 1.25.55 1.25 1.25v8c0 .7-.55 1.25-1.25 1.25H3c-.7 0-1.25-.55-1.25-1.25V4c0-.7.55-1.25 1.25-1.25ZM4.5 6.5l2 1.5-2 1.5M8 10h3');
