/** Where Node's compile cache of git-leverage goes: only ever a folder of the user's own. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/startup/compileCacheDir.js';

describe('compileCacheDir', () => {
  it('uses XDG_CACHE_HOME, else ~/.cache, else LOCALAPPDATA', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/me' })).toBe(path.join('/x/cache', 'git-leverage'));
    expect(compileCacheDir({ HOME: '/home/me', LOCALAPPDATA: '/appdata' })).toBe(path.join('/home/me', '.cache', 'git-leverage'));
    expect(compileCacheDir({ LOCALAPPDATA: '/appdata' })).toBe(path.join('/appdata', 'git-leverage'));
  });

  it('ignores relative folders (as XDG says) and gives none rather than a shared one when no folder of the user is known', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/me' })).toBe(path.join('/home/me', '.cache', 'git-leverage'));
    expect(compileCacheDir({ XDG_CACHE_HOME: '', HOME: '/home/me' })).toBe(path.join('/home/me', '.cache', 'git-leverage'));
    expect(compileCacheDir({ HOME: 'relative', LOCALAPPDATA: 'also relative' })).toBeUndefined();
    expect(compileCacheDir({ TMPDIR: '/tmp' })).toBeUndefined();
    expect(compileCacheDir({})).toBeUndefined();
  });
});
