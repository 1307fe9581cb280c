// The layer rules as one ESLint rule. no-restricted-imports matches import strings, not the
// files they resolve to, so a relative pattern like '../*extension*' silently matches nothing
// from a deeper folder; this rule resolves every relative import against the importing file
// and decides by the folder it lands in. docs/architecture.md describes the same table.
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const BUILTINS = new Set(builtinModules);

/** The folders under src/ that are not feature areas. */
const FIXED = new Set(['core', 'node', 'shared', 'webview', 'cli', 'mcp', 'config']);
/** The files directly under src/ that belong to the extension root. */
const ROOT_FILES = new Set(['extension', 'services', 'api']);

/**
 * Where a file sits: its layer and, for feature areas, which area. The root is the last `src`
 * folder in the path, so fixture trees (test/fixtures/layers/src/...) classify like the real one.
 */
export function locate(file) {
  const parts = path.resolve(file).split(path.sep);
  const at = parts.lastIndexOf('src');
  if (at === -1) return { layer: 'outside' };
  const rest = parts.slice(at + 1);
  if (rest.length === 1) {
    const base = rest[0].replace(/\.[cm]?[jt]s$/, '');
    if (base === 'cli') return { layer: 'cli' };
    return { layer: 'root', file: base };
  }
  const folder = rest[0];
  if (FIXED.has(folder)) return { layer: folder };
  const isIndex = rest.length === 2 && /^index\.[cm]?[jt]s$/.test(rest[1]);
  return { layer: 'area', area: folder, isIndex };
}

function targetOf(specifier, importer) {
  if (specifier === 'vscode') return { layer: 'vscode' };
  if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) return { layer: 'builtin' };
  if (!specifier.startsWith('.')) return { layer: 'package' };
  const resolved = path.resolve(path.dirname(importer), specifier);
  if (path.basename(resolved) === 'package.json') return { layer: 'manifest' };
  const target = locate(resolved);
  // A bare folder import (`../feeds`, `../core`) names that folder's index.
  if (target.layer === 'root' && !ROOT_FILES.has(target.file)) {
    return FIXED.has(target.file) ? { layer: target.file } : { layer: 'area', area: target.file, isIndex: true };
  }
  return target;
}

const HOST = ['core', 'node', 'package', 'builtin', 'manifest'];

/** What each layer may import; anything else is reported with the reason. */
const ALLOWED = {
  core: ['core', 'package', 'manifest'],
  node: HOST,
  shared: ['shared', 'core', 'package'],
  webview: ['webview', 'shared', 'core', 'package'],
  cli: ['cli', 'mcp', ...HOST],
  mcp: ['mcp', ...HOST],
  config: ['config', 'core', 'package', 'vscode', 'manifest'],
  area: ['area', 'config', 'shared', 'root', 'vscode', ...HOST],
  root: ['area', 'config', 'shared', 'root', 'vscode', ...HOST],
  outside: null
};

const WHY = {
  core: 'src/core is pure TypeScript: no vscode, no node:* or Node built-ins, no src/node, no fronts or areas',
  node: 'src/node is Node I/O shared by the fronts: no vscode, no extension areas, CLI, MCP or webview',
  shared: 'src/shared (the webview protocol) may import only src/core',
  webview:
    'the webview bundle may import only src/webview, src/shared and src/core (no Node, no vscode, no host areas)',
  cli: 'the CLI may not import vscode or the extension areas',
  mcp: 'the MCP server may not import vscode or the extension areas',
  config: 'src/config is read by the areas and imports none of them'
};

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers in docs/architecture.md' },
    schema: [],
    messages: { layer: '{{why}} (imports {{specifier}}).' }
  },
  create(context) {
    const from = locate(context.filename);
    const allowed = ALLOWED[from.layer];
    if (!allowed) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const to = targetOf(specifier, context.filename);
      let why;
      if (!allowed.includes(to.layer)) {
        why = WHY[from.layer] ?? `src/${from.file ?? from.area} may not import ${to.layer}`;
        if (from.layer === 'area' || from.layer === 'root') why = `extension glue may not import ${to.layer} code`;
      } else if (to.layer === 'area' && from.area !== to.area && !to.isIndex) {
        why = `an area uses another area through its index.ts (the contracts), never its internals`;
      }
      if (why) context.report({ node, messageId: 'layer', data: { why, specifier } });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node.moduleReference.expression, node.moduleReference.expression.value),
      'CallExpression[callee.name="require"]': (node) =>
        node.arguments[0]?.type === 'Literal' && check(node.arguments[0], node.arguments[0].value)
    };
  }
};

export default { rules: { layers: layersRule } };
