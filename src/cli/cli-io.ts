import { open } from 'node:fs/promises';
import { fillTemplate } from '../domain/index.ts';
import type { CliMessages } from './cli-messages.ts';

/** Refuse files larger than this: no rubric or assessment comes close, and it keeps memory bounded. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** What a command writes to and reads from, injected so tests can run the command line in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: (path: string, messages: CliMessages) => Promise<ReadResult>;
}

/** A user-facing error: the command stops, prints the message (no stack trace) and exits with code 1. */
export class CliError extends Error {}

/**
 * Reads a file as UTF-8 text, turning every file-system failure into one plain sentence. The file is opened
 * once and checked on its handle: a folder, a device such as /dev/zero or a pipe is refused, and never more than
 * the size limit is read.
 */
export async function readTextFile(path: string, messages: CliMessages): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, message: fillTemplate(messages.fileIsDirectory, { file: path }) };
    if (!info.isFile()) return { ok: false, message: fillTemplate(messages.fileNotRegular, { file: path }) };
    if (info.size > MAX_INPUT_BYTES) {
      return { ok: false, message: fillTemplate(messages.fileTooLarge, { file: path, size: (info.size / 1024 / 1024).toFixed(1), limit: MAX_INPUT_BYTES / 1024 / 1024 }) };
    }
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length <= MAX_INPUT_BYTES; length += read) {
      ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, null));
    }
    if (length > MAX_INPUT_BYTES) {
      return { ok: false, message: fillTemplate(messages.fileTooLarge, { file: path, size: '> 20', limit: MAX_INPUT_BYTES / 1024 / 1024 }) };
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: fillTemplate(messages.fileMissing, { file: path }) };
    if (code === 'EISDIR') return { ok: false, message: fillTemplate(messages.fileIsDirectory, { file: path }) };
    return { ok: false, message: fillTemplate(messages.fileUnreadable, { file: path, detail: error instanceof Error ? error.message : String(error) }) };
  } finally {
    await handle?.close();
  }
}

/** The real process's output and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readText: readTextFile,
};
