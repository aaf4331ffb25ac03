// Document sizes as the user thinks of them: the bytes the file takes on disk in UTF-8. Free of `vscode` so it is
// unit-tested in plain Node.

/** The UTF-8 length of `text` in bytes, without allocating an encoded copy (documents can be many megabytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else {
      // The rest of the BMP, and lone surrogates, which an encoder writes as the 3-byte replacement character.
      bytes += 3;
    }
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A byte count for a status line: `812 B`, `4.0 KB`, `5.1 MB` (binary multiples, as editors show file sizes). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
