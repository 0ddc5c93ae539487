export * from './character-classes.ts';
export * from './login-password.ts';
export * from './instance-naming.ts';
export * from './disk-limits.ts';
export * from './reset-password.ts';
export * from './image-fit.ts';
export * from './instance-action-states.ts';
export * from './interface-binding.ts';
