/**
 * Posts and people as read from the tables. They live for the whole run (a million of each), so where a row came from
 * is kept as a shared file name and two numbers, and a SourceRef is made only when asked for (by a finding).
 */
import type { Education, EmployeeStatus, Eselon, Golongan, Kind, Person, Post, SourceRef, UnitType } from './types.js';

/** Where a row is: a RowContext while reading. */
type At = Readonly<SourceRef>;

abstract class Sourced {
  constructor(readonly file: string, readonly line: number, readonly row: number) {}

  get src(): SourceRef {
    return { file: this.file, line: this.line, row: this.row };
  }
}

export class PostRecord extends Sourced implements Post {
  // Set by buildStructure; declared here so that every post has one object shape from the start.
  index = -1;
  parent: Post | null = null;
  children: Post[] | null = null;
  head: Post | null = null;
  holders: Person[] | null = null;

  constructor(
    public id: string, public parentId: string | null, public name: string, public kind: Kind | null,
    public eselon: Eselon | null, public unit: string, public opd: string, public unitType: UnitType | null,
    public kindInferred: boolean, public eselonInferred: boolean, public eselonUnreadable: boolean,
    at: At,
  ) {
    super(at.file, at.line, at.row);
  }
}

export class PersonRecord extends Sourced implements Person {
  post: Post | null = null;

  constructor(
    public nip: string, public name: string, public postId: string | null, public golongan: Golongan | null,
    public education: Education | null, public birthDate: string | null, public status: EmployeeStatus | null,
    public role: string | null, at: At,
  ) {
    super(at.file, at.line, at.row);
  }
}
