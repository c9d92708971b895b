/**
 * Titles kept in sorted order with what they belong to, so that those equal
 * to a query or starting with it are found by bisection: a query matching
 * every post of a big site would otherwise read every title, spread over
 * memory, for the few that can start with it.
 */
export class TitleOrder {
  private titles: string[] = [];
  private owners: number[] = [];

  /** Adds `title` for `owner`; an owner may appear under one title only (see `delete`). */
  add(title: string, owner: number): void {
    const at = this.firstNotBefore(title, owner);
    this.titles.splice(at, 0, title);
    this.owners.splice(at, 0, owner);
  }

  /** Removes `owner`, which was added with `title`. */
  delete(title: string, owner: number): void {
    const at = this.firstNotBefore(title, owner);
    if (this.titles[at] !== title || this.owners[at] !== owner) return;
    this.titles.splice(at, 1);
    this.owners.splice(at, 1);
  }

  /** The owners whose title is `start` (0) or starts with it (1). */
  startingWith(start: string): Map<number, 0 | 1> {
    const found = new Map<number, 0 | 1>();
    for (let at = this.firstNotBefore(start, -Infinity); at < this.titles.length; at += 1) {
      const title = this.titles[at] as string;
      if (!title.startsWith(start)) break;
      found.set(this.owners[at] as number, title === start ? 0 : 1);
    }
    return found;
  }

  /** The first place whose (title, owner) is not before the given pair. */
  private firstNotBefore(title: string, owner: number): number {
    let low = 0;
    let high = this.titles.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const there = this.titles[middle] as string;
      if (there < title || (there === title && (this.owners[middle] as number) < owner))
        low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
