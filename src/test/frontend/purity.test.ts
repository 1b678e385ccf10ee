import { describe, expect, it } from 'vitest';
import modelSource from '../../../frontend/src/model.ts?raw';
import keyboardSource from '../../../frontend/src/keyboard.ts?raw';
import payloadSource from '../../../frontend/src/payload.ts?raw';

/** The source without comments, so that words in comments do not count. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

describe('pure modules', () => {
  for (const [name, source] of [['model.ts', modelSource], ['keyboard.ts', keyboardSource]] as const) {
    it(`${name} imports no lit and uses no document or window`, () => {
      const body = code(source);
      expect(body.length).toBeGreaterThan(500);
      expect(body).not.toMatch(/from\s+['"]lit/);
      expect(body).not.toMatch(/\b(document|window|customElements|CSS)\b/);
      for (const line of body.split('\n').filter((l) => /^\s*import\b/.test(l))) {
        // only types, or the other pure modules
        expect(line).toMatch(/^import type |from '\.\/(model|payload)'/);
      }
    });
  }

  it('payload.ts holds the wire types in the shape the Java test parses', () => {
    const interfaces = Object.fromEntries([...payloadSource.matchAll(/interface (\w+) \{([^}]*)\}/g)]
      .map((m) => [m[1], [...m[2].matchAll(/(\w+)\??: /g)].map((f) => f[1])]));
    expect(interfaces).toEqual({
      TagData: ['key', 'name', 'colour', 'line', 'hotkey'],
      AnnotationData: ['id', 'start', 'end', 'tag', 'author'],
      TextPayload: ['text', 'sentences', 'tags', 'annotations'],
      SuggestionData: ['start', 'end', 'tag', 'cueStart', 'cueEnd', 'source', 'reason'],
      SuggestionSpan: ['start', 'end', 'tag'],
      SuggestionChange: ['remove', 'add'],
    });
    expect(payloadSource).toContain('hotkey: string | null;');
  });
});

describe('pure modules load without a DOM', () => {
  it('model.ts, keyboard.ts and suggestions.ts import in node', async () => {
    expect(typeof document).toBe('undefined');
    const model = await import('../../../frontend/src/model.ts');
    const keyboard = await import('../../../frontend/src/keyboard.ts');
    const suggestions = await import('../../../frontend/src/suggestions.ts');
    expect(typeof model.snap).toBe('function');
    expect(typeof suggestions.SuggestionSet).toBe('function');
    expect(typeof keyboard.keyIntent).toBe('function');
  });
});
