/**
 * Finds user-visible sentences written in a source file (issue 15: every sentence has its home
 * in `src/core/locales`). A sentence is JSX text with a letter in it, or a string or template
 * literal with at least two words of letters separated by a space. Not sentences: module
 * specifiers, literal types, class names and inline styles, CSS values (`1px solid …`),
 * markup (`<c:pt …>`, `xmlns="…"`), command-line flags (`-o, --output <file>`) and JavaScript
 * source handed to a worker (statements ending in `;` that `require(…)`).
 */
import * as ts from 'typescript';

export interface Sentence {
  line: number;
  text: string;
}

/** Two words with letters, a space between them (a template's placeholders are left out). */
const TWO_WORDS = /\p{L}[\s\S]*\s[\s\S]*\p{L}/u;
/** a CSS length first: `1px solid …`, `2px solid #107C41` */
const CSS_VALUE = /^-?\d[\d.]*(px|em|rem|pt)\s/;
/** markup: an element or an attribute */
const MARKUP = /^\s*<|\w="/;
/** a command-line flag and its argument: `--sheet <name>` */
const FLAG = /^-{1,2}\w/;
/** JavaScript source (a worker's bootstrap): it requires modules and its lines end in `;` */
const CODE = /\brequire\(['"][^'"]+['"]\)[\s\S]*;\s*$/;

function insideStyleOrClass(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n) && ['className', 'style'].includes(n.name.getText())) return true;
    if (ts.isCallExpression(n) && n.expression.getText() === 'makeStyles') return true;
  }
  return false;
}

function notText(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isImportDeclaration(p) ||
    ts.isExportDeclaration(p) ||
    ts.isExternalModuleReference(p) ||
    ts.isLiteralTypeNode(p) ||
    (ts.isCallExpression(p) && (p.expression.kind === ts.SyntaxKind.ImportKeyword || p.expression.getText() === 'require'))
  );
}

/** The literal's text, a template's placeholders replaced by `${}`. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => '${}' + s.literal.text).join('');
  return null;
}

function looksLikeSentence(text: string): boolean {
  const t = text.replace(/^(\$\{\})+/, '');
  return TWO_WORDS.test(text.replace(/\$\{\}/g, '')) && !CSS_VALUE.test(t) && !MARKUP.test(t) && !FLAG.test(t) && !CODE.test(t);
}

export function sentencesIn(fileName: string, source: string): Sentence[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const out: Sentence[] = [];
  const add = (node: ts.Node, text: string): void => {
    out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (/\p{L}/u.test(text)) add(node, text);
      return;
    }
    const text = literalText(node);
    if (text !== null && !notText(node) && !insideStyleOrClass(node) && looksLikeSentence(text)) add(node, text);
    // a template's spans may hold literals of their own
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
