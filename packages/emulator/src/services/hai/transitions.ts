// How long HAI's state changes take at transitionScale 1, in seconds of emulator time. A launch varies by ±20 %.
export const HAI_SECONDS = { launch: 10, demoLaunch: 25, start: 5, stop: 5, terminate: 3 } as const;
