import { describe, expect, it } from 'vitest';
import { dateLabel, shortDate } from './date-label';

describe('dateLabel', () => {
  it('shows a readable date as YYYY-MM-DD, and an unreadable one as written', () => {
    expect(shortDate('2025-05-06T10:00:00Z')).toBe('2025-05-06');
    expect(shortDate('next spring')).toBe('next spring');
    expect(dateLabel({ path: 'content/blog/a/index.md', date: null })).toBe('No date');
  });

  it('names a section page, dated or not by its own front matter', () => {
    expect(dateLabel({ path: 'content/blog/_index.md', date: null })).toBe('Section page');
    expect(dateLabel({ path: '_index.md', date: null })).toBe('Section page');
    expect(dateLabel({ path: 'content/blog/_index.md', date: '2024-01-02' })).toBe('2024-01-02');
    expect(dateLabel({ path: 'content/blog/my_index.md', date: null })).toBe('No date');
  });
});
