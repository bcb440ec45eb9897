import { describe, expect, it } from 'vitest';
import { isOpticalRxPower, readings, unitOf } from './measurements.ts';

describe('intervention readings', () => {
  it('recognises optical receive power keys only', () => {
    for (const key of ['rxPowerDbm', 'rx_power_dbm', 'opticalRxDbm', 'ontRxPowerDbm', 'rxDbm']) {
      expect(isOpticalRxPower(key), key).toBe(true);
    }
    for (const key of ['rssiDbm', 'txPowerDbm', 'ccq', 'snrDb'])
      expect(isOpticalRxPower(key), key).toBe(false);
  });

  it('flags optical power outside −8…−27 dBm, bounds included as normal', () => {
    const checks = readings({ rxPowerDbm: -27, a: 1 }).map((r) => r.rx);
    expect(checks).toEqual(['normal', null]);
    expect(readings({ rxPowerDbm: -29.5 })[0]?.rx).toBe('low');
    expect(readings({ rxPowerDbm: -7 })[0]?.rx).toBe('high');
    expect(readings({ rxPowerDbm: -8 })[0]?.rx).toBe('normal');
    expect(readings({ rxPowerDbm: 'n/a' })[0]?.rx).toBeNull();
    expect(readings(null)).toEqual([]);
  });

  it('names known readings and reads units from key suffixes', () => {
    expect(readings({ rssiDbm: -61, colour: 'bleu' })).toEqual([
      { key: 'rssiDbm', value: -61, named: 'rssiDbm', unit: 'dBm', rx: null },
      { key: 'colour', value: 'bleu', named: null, unit: null, rx: null },
    ]);
    expect([
      unitOf('snrDb'),
      unitOf('ccq'),
      unitOf('channelMHz'),
      unitOf('uptimePct'),
      unitOf('note'),
    ]).toEqual(['dB', '%', 'MHz', '%', null]);
  });
});
