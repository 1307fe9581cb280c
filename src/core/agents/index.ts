/** Agent queries over the journal: pure, shared by the MCP server and the VS Code chat glue. */
export * from './people';
export * from './journalPeople';
export * from './triage';
