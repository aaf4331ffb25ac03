// The careful human reading of the user's article (test/fixtures/*.gold.json), read through VS Code's file system so
// that it works in the web extension host too.
import * as vscode from 'vscode';
import { projectFile } from './workspace';

export interface GoldReading {
  quotes: Array<{ text: string; speaker: string; aliases: string[]; kind: string }>;
  entities: Array<{ type: 'person' | 'organization' | 'place'; name: string; mentions: string[] }>;
  dates: Array<{ text: string; value: string }>;
}

export async function goldReading(name = '000_92a89446f71c2985'): Promise<GoldReading> {
  const bytes = await vscode.workspace.fs.readFile(projectFile('test', 'fixtures', `${name}.gold.json`));
  return JSON.parse(new TextDecoder().decode(bytes)) as GoldReading;
}

/**
 * Where an entity is first mentioned in the text: the earliest of its mentions as written, as a whole word ("Russia"
 * is not mentioned in "Russian").
 */
export function firstMention(text: string, mentions: string[]): number {
  const offsets = mentions.map((mention) => wholeWordIndex(text, mention)).filter((offset) => offset >= 0);
  return offsets.length > 0 ? Math.min(...offsets) : Number.POSITIVE_INFINITY;
}

function wholeWordIndex(text: string, word: string): number {
  const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);
  for (let offset = text.indexOf(word); offset >= 0; offset = text.indexOf(word, offset + 1)) {
    if (!isWordCharacter(text[offset - 1]) && !isWordCharacter(text[offset + word.length])) return offset;
  }
  return -1;
}
