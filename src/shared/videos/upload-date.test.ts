import { describe, expect, it } from 'vitest';
import { pickerDayOf, uploadDateFromPicker } from './upload-date';

describe('upload date and the picker', () => {
  it('shows the day of any ISO value, nothing for others', () => {
    expect(pickerDayOf('2021-05-14')).toBe('2021-05-14');
    expect(pickerDayOf('2021-05-14T09:30:00+02:00')).toBe('2021-05-14');
    expect(pickerDayOf('May 14')).toBe('');
    expect(pickerDayOf(undefined)).toBe('');
  });

  it("keeps the value's layout, time and zone", () => {
    expect(uploadDateFromPicker('2022-01-02', '2021-05-14', null)).toBe('2022-01-02');
    expect(uploadDateFromPicker('2022-01-02', '2021-05-14T09:30:00+02:00', null)).toBe(
      '2022-01-02T09:30:00+02:00',
    );
  });

  it("follows the site's convention for a new value", () => {
    expect(uploadDateFromPicker('2022-01-02', undefined, { uploadDate: 'date' })).toBe(
      '2022-01-02',
    );
    expect(uploadDateFromPicker('2022-01-02', '', { uploadDate: 'date-time' })).toBe(
      '2022-01-02T00:00:00Z',
    );
    expect(uploadDateFromPicker('2022-01-02', 'garbage', null)).toBe('2022-01-02T00:00:00Z');
  });
});
