// Lint: typescript-eslint's recommended rules, plus the security rules of docs/security.md:
// no HTML or code sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write, eval, new Function).
// The one known exception is inside Preact (node_modules, not linted): its renderer assigns innerHTML only for the
// dangerouslySetInnerHTML prop, which the last rule below forbids, so that branch never runs in our bundles.
import tseslint from 'typescript-eslint';

const sinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text as text: no innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tmp/', 'bench/results/', '*.zip'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': ['error', ...sinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Size limits for the code the extension ships (CONTRIBUTING.md § Code): files of at most 300 lines,
  // functions of at most 60; a Preact view's markup may take 120.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  { files: ['src/**/*.tsx'], rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true }] } },
);
