import { describe, expect, it } from 'vitest';
import { lineOfInput, localDay, recapInputs } from './recap-inputs';

describe('the talks box', () => {
  const box = 'https://youtu.be/BWL4889RKhU\n\n  YN8zNnV0sK8 dDW1OoTaMdU\r\nPLxxxxxxxx\n';

  it('gives the inputs in the order written, one a line or several on a line', () => {
    expect(recapInputs(box)).toEqual([
      'https://youtu.be/BWL4889RKhU',
      'YN8zNnV0sK8',
      'dDW1OoTaMdU',
      'PLxxxxxxxx',
    ]);
    expect(recapInputs(' \n\t')).toEqual([]);
  });

  it('finds the line an input was written on', () => {
    expect(lineOfInput(box, 'dDW1OoTaMdU')).toBe(3);
    expect(lineOfInput(box, 'PLxxxxxxxx')).toBe(4);
    expect(lineOfInput(box, 'missing')).toBeNull();
  });

  it("writes today's local day for the date input", () => {
    expect(localDay(new Date(2024, 2, 5, 23, 59))).toBe('2024-03-05');
  });
});
