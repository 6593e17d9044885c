/**
 * Two places where happy-dom departs from the DOM standard in ways that break DOMPurify (which
 * then keeps scripts: it fails open, not closed). Browsers follow the standard; with these
 * fixes the tests exercise DOMPurify as it runs in the panel.
 *
 * 1. Its NodeIterator is a TreeWalker without the removal steps: once DOMPurify removes the node
 *    it is visiting, iteration wanders into the detached node and stops. This iterator continues
 *    from the node that preceded a removed reference node, as the standard says.
 * 2. `Node.prototype`'s `nodeName` getter returns '' and subclasses override it; DOMPurify calls
 *    the `Node.prototype` getter directly (against clobbering), so every tag looked unknown.
 */

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let at = node.previousSibling;
  if (!at) return node.parentNode;
  while (at.lastChild) at = at.lastChild;
  return at;
}

class LiveNodeIterator {
  private reference: Node | null = null;
  private before: Node | null = null;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {}

  nextNode(): Node | null {
    let node: Node | null = this.root;
    if (this.reference) {
      const inTree = this.reference === this.root || this.root.contains(this.reference);
      node = following(inTree ? this.reference : (this.before ?? this.root), this.root);
    }
    for (; node; node = following(node, this.root)) {
      if (!((this.whatToShow >> (node.nodeType - 1)) & 1)) continue;
      this.before = preceding(node, this.root);
      this.reference = node;
      return node;
    }
    return null;
  }
}

function dispatchNodeName() {
  const base = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName');
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      for (
        let p = Object.getPrototypeOf(this);
        p && p !== Node.prototype;
        p = Object.getPrototypeOf(p)
      ) {
        const own = Object.getOwnPropertyDescriptor(p, 'nodeName');
        if (own?.get) return own.get.call(this) as string;
      }
      return base?.get?.call(this) as string;
    },
  });
}

/** Call before the first render: DOMPurify takes these functions when it is set up. */
export function fixHappyDomForDomPurify() {
  dispatchNodeName();
  // Patched where `document` finds it: happy-dom defines it below Document.prototype.
  let owner: object | null = document;
  while (owner && !Object.hasOwn(owner, 'createNodeIterator')) owner = Object.getPrototypeOf(owner);
  Object.defineProperty(owner ?? Document.prototype, 'createNodeIterator', {
    configurable: true,
    value: (root: Node, whatToShow = 0xffffffff) => new LiveNodeIterator(root, whatToShow),
  });
}
