// Compares the elements' markup with the baseline's: both trees, shadow roots included, serialized after
// normalizing what is not markup: comments (Lit's part markers) are dropped, adjacent text is joined,
// whitespace collapsed and trimmed, attributes sorted, form controls' values and checked states read as
// properties, and the baseline's tag names (vanilla-goal) mapped to the elements' (izp-goal).

export function serialize(node, out = [], depth = 0) {
  const pad = ' '.repeat(depth);
  let text = '';
  const flush = () => {
    const s = text.replace(/\s+/g, ' ').trim();
    if (s) out.push(`${pad}"${s}"`);
    text = '';
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === Node.TEXT_NODE) text += c.data;
    else if (c.nodeType === Node.ELEMENT_NODE) {
      flush();
      const tag = c.localName.replace(/^vanilla-/, 'izp-');
      const attrs = [...c.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      if (c.localName === 'input' || c.localName === 'textarea' || c.localName === 'select') attrs.push(`.value="${c.value}"`);
      if (c.localName === 'input' && (c.type === 'radio' || c.type === 'checkbox')) attrs.push(`.checked=${c.checked}`);
      out.push(`${pad}<${tag} ${attrs.join(' ')}>`);
      if (c.shadowRoot) {
        out.push(`${pad} #shadow`);
        serialize(c.shadowRoot, out, depth + 2);
      }
      serialize(c, out, depth + 1);
    }
  }
  flush();
  return out;
}

/** `{ equal, elements, diff }`: diff shows the first differing line with some context. */
export function compare(a, b) {
  const x = serialize(a);
  const y = serialize(b);
  const elements = x.filter((line) => line.trimStart().startsWith('<')).length;
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) {
      return { equal: false, elements, diff: { at: i, lit: x.slice(Math.max(0, i - 3), i + 4), vanilla: y.slice(Math.max(0, i - 3), i + 4) } };
    }
  }
  return { equal: true, elements };
}

/**
 * How many elements a tree has (shadow roots included), how many custom-element hosts, and how many sit
 * inside a closed <dialog> or a hidden <form>: markup that is built on every render but not shown.
 */
export function census(root) {
  const out = { elements: 0, hosts: 0, hidden: 0 };
  const walk = (node, hidden) => {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      const inHidden = hidden || (c.localName === 'dialog' && !c.open) || (c.localName === 'form' && c.hidden);
      out.elements++;
      if (inHidden) out.hidden++;
      if (c.shadowRoot) {
        out.hosts++;
        walk(c.shadowRoot, inHidden);
      }
      walk(c, inHidden);
    }
  };
  walk(root, false);
  return out;
}
