// The sidebar view-model: pure, shared by the webview bundle and the host glue.
export * from './dates';
export * from './entry';
export * from './model';
export * from './search';
export * from './tabs';
export * from './order';
export * from './rows';
export * from './warmthOrder';
