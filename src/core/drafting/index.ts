export * from './sanitize';
export * from './kinds';
export * from './template';
export * from './prompt';
export * from './throttle';
export * from './thinkFilter';
