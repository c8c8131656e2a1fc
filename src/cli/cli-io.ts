import { readFile, stat } from 'node:fs/promises';
import type { CliMessages } from './cli-messages.ts';
import { fill } from './cli-messages.ts';

/** Refuse files larger than this: no rubric or assessment comes close, and it keeps memory bounded. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** What a command writes to and reads from, injected so tests can run the command line in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: (path: string, messages: CliMessages) => Promise<{ ok: true; text: string } | { ok: false; message: string }>;
}

/** A user-facing error: the command stops, prints the message (no stack trace) and exits with code 1. */
export class CliError extends Error {}

/** Reads a file as UTF-8 text, turning every file-system failure into one plain sentence. */
export async function readTextFile(path: string, messages: CliMessages): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: fill(messages.fileIsDirectory, { file: path }) };
    if (info.size > MAX_INPUT_BYTES) {
      return { ok: false, message: fill(messages.fileTooLarge, { file: path, size: (info.size / 1024 / 1024).toFixed(1), limit: MAX_INPUT_BYTES / 1024 / 1024 }) };
    }
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: fill(messages.fileMissing, { file: path }) };
    return { ok: false, message: fill(messages.fileUnreadable, { file: path, detail: error instanceof Error ? error.message : String(error) }) };
  }
}

/** The real process's output and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readText: readTextFile,
};
