import { describe, expect, it } from 'vitest';
import { envelope, MAX_SENTENCE_CHARS, MAX_SENTENCES_PER_BATCH, validateEnvelope } from '../../src/messages';

describe('message validation', () => {
  it('accepts each well-formed request', () => {
    expect(validateEnvelope(envelope('ping', {}))).toBeNull();
    expect(validateEnvelope(envelope('check-sentences', { sentences: ['Nvidia declined to comment.'] }))).toBeNull();
    expect(validateEnvelope(envelope('page-summary', { mentions: 3 }))).toBeNull();
    expect(validateEnvelope(envelope('tab-state', { tabId: 7 }))).toBeNull();
  });

  it('rejects anything that is not our envelope', () => {
    for (const v of [null, undefined, 'ping', 42, [], { name: 'ping', request: {} }, { crosscheck: 2, name: 'ping' }]) {
      expect(validateEnvelope(v)).toBe('not a crosscheck message');
    }
  });

  it('rejects unknown names, including inherited object keys', () => {
    expect(validateEnvelope({ crosscheck: 1, name: 'drop-tables', request: {} })).toMatch(/^unknown message/);
    expect(validateEnvelope({ crosscheck: 1, name: 'toString', request: {} })).toMatch(/^unknown message/);
    expect(validateEnvelope({ crosscheck: 1, name: '__proto__', request: {} })).toMatch(/^unknown message/);
  });

  it('rejects requests of the wrong shape', () => {
    const bad: [string, unknown][] = [
      ['ping', { extra: 1 }],
      ['ping', null],
      ['check-sentences', { sentences: 'one' }],
      ['check-sentences', { sentences: [1, 2] }],
      ['check-sentences', { sentences: ['ok'], url: 'x' }],
      ['check-sentences', { sentences: Array(MAX_SENTENCES_PER_BATCH + 1).fill('s') }],
      ['check-sentences', { sentences: ['x'.repeat(MAX_SENTENCE_CHARS + 1)] }],
      ['page-summary', { mentions: -1 }],
      ['page-summary', { mentions: 1.5 }],
      ['page-summary', { mentions: '3' }],
      ['tab-state', { tabId: Number.NaN }],
    ];
    for (const [name, request] of bad) {
      expect(validateEnvelope({ crosscheck: 1, name, request }), `${name} ${JSON.stringify(request)}`).toBe(
        `malformed request for ${name}`,
      );
    }
  });
});
