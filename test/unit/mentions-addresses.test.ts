import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/engine/mentions';

const names = (text: string) => findMentions(text).map((m) => m.text);

describe('names inside addresses', () => {
  it('are not mentions in e-mail addresses and host names', () => {
    expect(names('Write to nroeber@nvidia.com for the data.')).toEqual([]);
    expect(names('Details are on www.nvidia.com and nvidia.com/en-gb.')).toEqual([]);
    expect(names('Send it to fsd@example.org today.')).toEqual([]);
  });

  it('are still mentions next to ordinary punctuation', () => {
    expect(names('Tesla talked to Nvidia. The chipmaker declined to comment.')).toEqual(['Nvidia']);
    expect(names("Tesla's FSD/Autopilot stack and AMD/Nvidia chips")).toEqual(['FSD', 'Nvidia']);
    expect(names('(Nvidia) and "NVIDIA" and Nvidia’s chips')).toEqual(['Nvidia', 'NVIDIA', 'Nvidia']);
  });
});
