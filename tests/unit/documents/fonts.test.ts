import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDocumentFonts, describeDocumentFonts, FONT_ROLES } from '../../../electron/core/documents/pdf/fonts.ts';
import { tempDir } from '../temp-db.ts';
import { fakeWindowsFonts, NOTO_SANS } from './fake-fonts.ts';

describe('document fonts', () => {
  it('picks the Windows fonts when they are in the font folder, whatever the case of the file name', () => {
    const dir = fakeWindowsFonts(['simfang.ttf', 'SIMHEI.TTF', 'simkai.ttf', 'simsun.ttc', 'FZXBSJW.TTF', 'arial.ttf']);
    const fonts = chooseDocumentFonts([dir]);
    for (const role of FONT_ROLES) expect(fonts[role].source).toBe('system');
    expect(fonts.fangsong.normal.file).toBe(path.join(dir, 'simfang.ttf'));
    expect(fonts.heiti.normal.file).toBe(path.join(dir, 'SIMHEI.TTF'));
    expect(fonts.kaiti.normal.file).toBe(path.join(dir, 'simkai.ttf'));
    expect(fonts.songti.normal.file).toBe(path.join(dir, 'simsun.ttc'));
    expect(fonts.xiaobiaosong.fontName).toContain('方正小标宋');
  });

  it('names the 宋体 face inside simsun.ttc only when the file really is a collection', () => {
    const asTtf = chooseDocumentFonts([fakeWindowsFonts(['simsun.ttc'])]);
    expect(asTtf.songti.normal.collectionName).toBeUndefined();

    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'simsun.ttc'), Buffer.concat([Buffer.from('ttcf'), Buffer.alloc(60)]));
    const asTtc = chooseDocumentFonts([dir]);
    expect(asTtc.songti.normal).toEqual({ file: path.join(dir, 'simsun.ttc'), collectionName: 'SimSun' });
  });

  it('falls back to the bundled Noto fonts when no Windows font is found', () => {
    const fonts = chooseDocumentFonts([tempDir(), path.join(tempDir(), 'missing')]);
    for (const role of FONT_ROLES) {
      expect(fonts[role].source).toBe('bundled');
      expect(fs.existsSync(fonts[role].normal.file)).toBe(true);
    }
    expect(path.basename(fonts.fangsong.normal.file)).toBe('NotoSerifSC_400Regular.ttf');
    expect(path.basename(fonts.songti.normal.file)).toBe('NotoSerifSC_400Regular.ttf');
    expect(path.basename(fonts.kaiti.normal.file)).toBe('NotoSerifSC_400Regular.ttf');
    expect(path.basename(fonts.heiti.normal.file)).toBe('NotoSansSC_400Regular.ttf');
    expect(path.basename(fonts.xiaobiaosong.normal.file)).toBe('NotoSerifSC_700Bold.ttf');
  });

  it('chooses role by role: a missing 方正小标宋 still leaves the Windows fonts in use', () => {
    const fonts = chooseDocumentFonts([fakeWindowsFonts(['simfang.ttf', 'simhei.ttf', 'simkai.ttf', 'simsun.ttc'])]);
    expect(fonts.fangsong.source).toBe('system');
    expect(fonts.xiaobiaosong.source).toBe('bundled');
  });

  it('describes the choice for the settings screen in Chinese', () => {
    const lines = describeDocumentFonts([fakeWindowsFonts(['simfang.ttf'])]);
    expect(lines.map((l) => l.label)).toEqual(['仿宋', '黑体', '楷体', '宋体', '小标宋']);
    expect(lines[0]).toMatchObject({ role: 'fangsong', source: 'system', sourceLabel: '本机字体' });
    expect(lines[0]!.fontName).toBe('仿宋（simfang.ttf）');
    expect(lines[1]).toMatchObject({ role: 'heiti', source: 'bundled', sourceLabel: '程序自带字体' });
    expect(lines[1]!.file).toBe(NOTO_SANS);
  });
});
