/**
 * What the Restricted Mode run is started with, shared by the Node-side runner (which writes
 * these settings before code-server starts) and the suite (which asserts on them), so the two
 * cannot drift apart. Not a test file: the suite bundle inlines it.
 */

/** Workspace-level values a cloned repository could ship; all must be ignored while untrusted. */
export const WORKSPACE_OLLAMA_HOST = 'http://127.0.0.1:1';
export const WORKSPACE_JOURNAL_PATH = 'workspace-chosen.connections.md';
/** The fixture's own workspace feed (.vscode/settings.json). */
export const WORKSPACE_FEED_KEY = 'feeds/network.rss';

/** User-level values: these are the user's own and count in Restricted Mode. */
export const USER_OLLAMA_HOST = 'http://127.0.0.1:11999';
/** Environment variable holding the absolute path of the user-level feed file. */
export const USER_FEED_PATH_ENV = 'DELIBERATE_RESTRICTED_USER_FEED';
export const USER_FEED_PERSON = 'Ursula Userfeed';
export const USER_FEED_RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>User-level feed</title>
<item><guid isPermaLink="false">user-feed-1</guid><title>Vera Via is now connected to ${USER_FEED_PERSON}</title><pubDate>Tue, 24 Nov 2026 09:12:00 GMT</pubDate></item>
</channel></rss>
`;

export function restrictedUserSettings(userFeedPath: string): Record<string, unknown> {
  return {
    'deliberate.feeds': [{ url: userFeedPath, label: 'User-level feed' }],
    'deliberate.ollama.host': USER_OLLAMA_HOST
  };
}

export const RESTRICTED_WORKSPACE_SETTINGS: Record<string, unknown> = {
  'deliberate.ollama.host': WORKSPACE_OLLAMA_HOST,
  'deliberate.journalPath': WORKSPACE_JOURNAL_PATH
};
