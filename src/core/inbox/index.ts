// The sidebar view-model: pure, shared by the webview bundle and the host glue.
export * from './dates';
export * from './model';
export * from './order';
export * from './rows';
