// The sidebar view-model: pure, shared by the webview bundle and the host glue.
export * from './model';
export * from './rows';
