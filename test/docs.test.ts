/**
 * The documentation stays true: the README stays short and opens with the commands CI runs;
 * every relative link in README.md and docs/*.md resolves (to a file, and to a heading when it
 * names one); every repo path written in backticks exists; every npm script named is one
 * package.json has; no page points outside the repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ISSUE_CODES, type IssueCode, type IssueCodeInfo } from '../src/core/issueCodes';

const root = path.join(__dirname, '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

/** README.md and every page under docs/, as repository-relative paths. */
const pages = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Fenced code blocks (```…```), in order. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^\s*```[^\n]*\n([\s\S]*?)^\s*```/gm)].map((m) => m[1]);
}

/** The text outside fenced code blocks: where links and inline code are meant as such. */
function prose(markdown: string): string {
  return markdown.replace(/^\s*```[^\n]*\n[\s\S]*?^\s*```/gm, '');
}

/** The targets of inline links `[text](target)` and images. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

/** Inline code spans. */
function inlineCode(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\n]+)`/g)].map((m) => m[1].trim());
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(markdown: string): Set<string> {
  return new Set([...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slug(m[1])));
}

const PATH_PREFIXES = ['src', 'test', 'scripts', 'bench', 'examples', 'docs', 'bin', 'assets', '.ci'];

/** An inline code span that names a repository path: one token starting with a known folder. */
function looksLikePath(code: string): boolean {
  return /^[^\s]+$/.test(code) && PATH_PREFIXES.some((p) => code.startsWith(`${p}/`));
}

/** Every file under a folder, as repository-relative paths (node_modules left out). */
function filesUnder(rel: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(rel);
  return out;
}

/**
 * Whether a path written in the docs exists. A glob (`src/**\/*.test.ts`) must match a file; a
 * placeholder (`src/core/checks/<name>.ts`) needs its folder.
 */
function pathExists(written: string): boolean {
  const clean = written.replace(/[.,:;]+$/, '').replace(/\/$/, '');
  const segments = clean.split('/');
  const wild = segments.findIndex((s) => /[*<>…]/.test(s));
  if (wild === -1) return fs.existsSync(path.join(root, clean));
  const folder = segments.slice(0, wild).join('/');
  if (!fs.existsSync(path.join(root, folder))) return false;
  if (!clean.includes('*')) return true;
  const pattern = clean
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${pattern}$`);
  return filesUnder(folder).some((f) => re.test(f));
}

describe('the README', () => {
  const readme = read('README.md');

  it('is short enough to read in two minutes (at most 160 lines)', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(160);
  });

  it('opens with the commands CI runs (.ci/run)', () => {
    const ciCommands = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^(npm|bash|npx)\s/.test(line));
    expect(ciCommands).toContain('npm test');
    const first = codeBlocks(readme)[0];
    expect(first).toBeDefined();
    for (const command of ciCommands) expect(first).toContain(command);
    expect(first).toContain('npx tttt build examples/9T-2015');
  });
});

describe.each(pages)('%s', (page) => {
  const text = read(page);
  const dir = path.dirname(page);

  it('has relative links that resolve to a file (and a heading when named)', () => {
    const broken: string[] = [];
    for (const target of linkTargets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [file, anchor] = target.split('#');
      const resolved = file ? path.normalize(path.join(dir, decodeURI(file))) : page;
      if (resolved.startsWith('..') || !fs.existsSync(path.join(root, resolved))) {
        broken.push(target);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchors(read(resolved)).has(decodeURI(anchor))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    const missing = inlineCode(text)
      .filter(looksLikePath)
      .filter((p) => !pathExists(p));
    expect(missing).toEqual([]);
  });

  it('names only npm scripts package.json has', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts ?? {});
    const named = [
      ...[...text.matchAll(/\bnpm run ([\w:.-]+)/g)].map((m) => m[1]),
      ...[...text.matchAll(/\bnpm (test|start|stop)\b/g)].map((m) => m[1]),
    ];
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('points at nothing outside the repository', () => {
    expect(text).not.toMatch(/\.\.\/shared|\/work\/|\.\.\/reference/);
  });
});

/** The codes docs/json.md lists under "**`code`**, by where it is raised", by group. */
function documentedCodes(): Map<string, string[]> {
  const json = read('docs/json.md');
  const list = json.slice(
    json.indexOf('**`code`**, by where it is raised:'),
    json.indexOf('The list is `src/core/issueCodes.ts`'),
  );
  const groups = new Map<string, string[]>();
  for (const item of list.split(/\n- /).slice(1)) {
    const title = /^\*\*([^*]+):\*\*/.exec(item)![1];
    const names = [...item.replace(/\[[^\]]*\]\([^)]*\)/g, '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    groups.set(title, names);
  }
  return groups;
}

const GROUP_TITLES: Record<IssueCodeInfo['where'], string> = {
  files: 'Files and sheets',
  reader: 'The reader',
  checks: 'The checks',
  history: 'History and cumulative periods',
  build: 'The build',
  dictionary: 'The dictionary',
  'add-in': 'The add-in only',
};

describe('docs/json.md', () => {
  const codes = Object.keys(ISSUE_CODES) as IssueCode[];
  it('lists every code of src/core/issueCodes.ts, in its group', () => {
    const documented = documentedCodes();
    const expected = new Map<string, string[]>();
    for (const code of codes) {
      const title = GROUP_TITLES[ISSUE_CODES[code].where];
      expected.set(title, [...(expected.get(title) ?? []), code]);
    }
    expect(new Map([...documented].map(([t, c]) => [t, [...c].sort()]))).toEqual(
      new Map([...expected].map(([t, c]) => [t, [...c].sort()])),
    );
  });
});
