import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  RESTRICTED_SETTINGS,
  SETTING_KEYS,
  coerceSetting,
  settingDefault,
  type SettingKey
} from '../../../src/core/config/manifest';
import { DEFAULT_OLLAMA_HOST } from '../../../src/core/llm/host';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;

describe('settings from the manifest', () => {
  it('lists every deliberate.* setting the manifest declares', () => {
    assert.deepEqual(
      SETTING_KEYS.map((key) => `deliberate.${key}`),
      Object.keys(properties).filter((name) => name.startsWith('deliberate.'))
    );
  });

  it('takes every default from package.json', () => {
    for (const key of SETTING_KEYS) {
      assert.deepEqual(settingDefault(key), properties[`deliberate.${key}`].default, key);
    }
    assert.equal(settingDefault('ollama.model'), 'llama3.2');
    assert.equal(DEFAULT_OLLAMA_HOST, properties['deliberate.ollama.host'].default);
  });

  it('restricts exactly the manifest restrictedConfigurations', () => {
    assert.deepEqual(
      [...RESTRICTED_SETTINGS].map((key) => `deliberate.${key}`).sort(),
      [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort()
    );
    assert.ok(RESTRICTED_SETTINGS.has('feeds' as SettingKey));
  });

  it('falls back to the default when a value has the wrong type, keeps it otherwise', () => {
    assert.equal(coerceSetting('refreshIntervalMinutes', '5'), 60);
    assert.equal(coerceSetting('refreshIntervalMinutes', 5), 5);
    assert.equal(coerceSetting('journalPath', 42), 'journal.connections.md');
    assert.equal(coerceSetting('journalPath', undefined), 'journal.connections.md');
    assert.equal(coerceSetting('ollama.keepAlive', 0), 0, 'keepAlive also takes seconds');
    assert.deepEqual(coerceSetting('feeds', [{ url: 'x' }]), [{ url: 'x' }]);
  });
});
