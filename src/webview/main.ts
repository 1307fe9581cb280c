// PLACEHOLDER owned by the sidebar area: the webview bundle entry.
export {};
