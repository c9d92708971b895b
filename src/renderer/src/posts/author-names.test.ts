import { describe, expect, it } from 'vitest';
import { AuthorNames, authorText } from './author-names';

const authors = AuthorNames.of({
  authors: ['william', 'flynn', 'kiersten', 'alex'],
  authorProfiles: [
    { key: 'william', name: 'William Morgan', avatar: null },
    {
      key: 'flynn',
      name: 'Flynn',
      avatar: 'authors/flynn.png',
      avatarFile: 'assets/authors/flynn.png',
    },
    { key: 'kiersten', name: null, avatar: null },
    { key: 'alex', name: 'Alex Leong', avatar: null, avatarFile: null },
  ],
});

describe('AuthorNames', () => {
  it('reads a key as its name, with the key as secondary text', () => {
    expect(authors.label('william')).toEqual({ name: 'William Morgan', key: 'william' });
    expect(authorText(authors.label('william'))).toBe('William Morgan · william');
    // The same word twice says nothing more.
    expect(authorText(authors.label('flynn'))).toBe('Flynn · flynn');
    expect(authorText({ name: 'Flynn', key: 'Flynn' })).toBe('Flynn');
  });

  it('names each key of a list, and leaves a name the post writes itself as it is', () => {
    expect(authors.label('william, alex')).toEqual({
      name: 'William Morgan, Alex Leong',
      key: 'william, alex',
    });
    expect(authors.label('Catherine Paganini')).toEqual({ name: 'Catherine Paganini', key: null });
    // A key without a name in the file reads as the key.
    expect(authors.label('kiersten')).toEqual({ name: 'kiersten', key: 'kiersten' });
  });

  it('lists authors by name, and knows their avatars', () => {
    expect(authors.list().map((author) => author.key)).toEqual([
      'alex',
      'flynn',
      'kiersten',
      'william',
    ]);
    expect(authors.get('flynn')?.avatarFile).toBe('assets/authors/flynn.png');
    expect(authors.get('william')?.avatarFile).toBeNull();
    expect(AuthorNames.of({ authors: null }).list()).toEqual([]);
  });
});
