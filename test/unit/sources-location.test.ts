import { describe, expect, it } from 'vitest';
import { conflictsHref, parseLocation, sourceHref } from '../../src/sources/location';

describe('source reader address', () => {
  it('reads the address the background builds for "Read in source"', () => {
    expect(parseLocation('#source=004&start=120&end=190')).toEqual({
      view: 'reader',
      source: '004',
      start: 120,
      end: 190,
      conflict: null,
    });
  });

  it('ignores a span that is missing, reversed or not a number, and a malformed source id', () => {
    expect(parseLocation('#source=002')).toMatchObject({ source: '002', start: null, end: null });
    expect(parseLocation('#source=002&start=50&end=10')).toMatchObject({ start: null, end: null });
    expect(parseLocation('#source=002&start=x&end=10')).toMatchObject({ start: null, end: null });
    expect(parseLocation('#source=002&end=10')).toMatchObject({ start: null, end: null });
    expect(parseLocation('#source=../x')).toMatchObject({ source: null });
    expect(parseLocation('')).toMatchObject({ view: 'reader', source: null });
  });

  it('reads the disagreements view, optionally at one entry', () => {
    expect(parseLocation('#view=conflicts')).toMatchObject({ view: 'conflicts', conflict: null });
    expect(parseLocation('#view=conflicts&conflict=visit-timing')).toMatchObject({
      view: 'conflicts',
      conflict: 'visit-timing',
    });
    expect(parseLocation('#view=conflicts&conflict=<b>')).toMatchObject({ conflict: null });
  });

  it('builds addresses that read back the same', () => {
    expect(parseLocation(sourceHref('003', { start: 5, end: 40 }))).toMatchObject({
      view: 'reader',
      source: '003',
      start: 5,
      end: 40,
    });
    expect(sourceHref('001')).toBe('#source=001');
    expect(parseLocation(conflictsHref('meeting-outcome'))).toMatchObject({
      view: 'conflicts',
      conflict: 'meeting-outcome',
    });
  });
});
