// A lint rule: no literal words in the interface's JSX. Text a person reads (JSX text, and the
// attributes that are read aloud or shown: aria-label, placeholder, title, alt…) comes from the
// message catalog through t(). Punctuation, digits and symbols may stay literal.

const WORDED_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label']);
const LETTER = /\p{L}/u;

function hasWords(text) {
  return LETTER.test(text);
}

/** Literal strings that an expression can evaluate to, as far as it is plain: 'a', `b`, c ? 'd' : 'e', f || 'g'. */
function literalTexts(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [{ node, text: node.value }] : [];
    case 'TemplateLiteral':
      return node.quasis.map((quasi) => ({ node: quasi, text: quasi.value.cooked ?? '' }));
    case 'ConditionalExpression':
      return [...literalTexts(node.consequent), ...literalTexts(node.alternate)];
    case 'LogicalExpression':
      return literalTexts(node.right).concat(node.operator === '&&' ? [] : literalTexts(node.left));
    default:
      return [];
  }
}

export const noLiteralText = {
  meta: {
    type: 'problem',
    docs: { description: 'Interface text comes from the message catalog' },
    messages: { literal: 'Literal interface text "{{text}}": word it with t() from src/i18n.' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        // {'text'} or {cond && 'text'} as a child; attribute values are checked below.
        if (node.parent.type === 'JSXAttribute') return;
        for (const found of literalTexts(node.expression)) if (hasWords(found.text)) report(found.node, found.text);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!WORDED_ATTRIBUTES.has(name) || !node.value) return;
        const texts = node.value.type === 'Literal' ? [{ node: node.value, text: String(node.value.value) }] : node.value.type === 'JSXExpressionContainer' ? literalTexts(node.value.expression) : [];
        for (const found of texts) if (hasWords(found.text)) report(found.node, found.text);
      },
    };
  },
};

export const roundtablePlugin = { rules: { 'no-literal-text': noLiteralText } };
