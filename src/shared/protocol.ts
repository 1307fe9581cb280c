// PLACEHOLDER owned by the sidebar area: the typed, zod-validated webview message protocol.
export {};
