// Activation: the extension activates, its language server starts over IPC, and the times are printed for the
// report (no test asserts a time). VS Code usually activates the extension before the first test (a plain-text
// model exists at startup), so the extension's own timings are read too.

import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { articleLintExtension } from './helpers';

describe('activation', () => {
  it('activates and starts the language server', async () => {
    const extension = articleLintExtension();
    const wasActive = extension.isActive;
    const started = performance.now();
    const api = await extension.activate();
    await api.ready;
    const readyAfterMs = performance.now() - started;
    assert.equal(extension.isActive, true);
    const { activateMs, firstServerStartMs } = api.activationTimings;
    assert.equal(typeof activateMs, 'number');
    assert.equal(typeof firstServerStartMs, 'number', 'the first server start has settled once ready has');
    console.log(
      `[measure] extension activation: activate() ran ${activateMs.toFixed(0)} ms, the language server was ready ` +
        `${firstServerStartMs?.toFixed(0)} ms after activate() began` +
        (wasActive ? ' (VS Code had activated it before the first test)' : `; activate() + ready seen by the test: ${readyAfterMs.toFixed(0)} ms`),
    );
  });
});
