// The spans of a text already read as a name, so that each later pass skips them.

export class Spans {
  private readonly spans: Array<[number, number]> = [];

  add(start: number, end: number): void {
    this.spans.push([start, end]);
  }

  /** Whether [start, end) overlaps a span already taken. */
  overlaps(start: number, end: number): boolean {
    return this.spans.some(([a, b]) => start < b && a < end);
  }
}
