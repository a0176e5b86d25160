/** Numbers that stay the same for the same object: parts of cache keys that depend on which objects were used. */
export class ObjectIds {
  private readonly ids = new WeakMap<object, number>();
  private next = 0;

  /** The object's number, given on first sight. */
  idOf(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.next;
      this.next += 1;
      this.ids.set(value, id);
    }
    return id;
  }
}
