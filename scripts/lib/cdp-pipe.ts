/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
 * messages ended by a NUL byte, commands on fd 3, answers and events on fd 4). The PDF exporter
 * uses it instead of Playwright: loading Playwright takes longer than printing the deck, and the
 * exporter needs only a handful of commands. Tests keep Playwright.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** An event the browser sent: its method, parameters, and the page session it belongs to. */
export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

/** A running browser: commands, events, and closing it (its temporary profile goes with it). */
export interface CdpBrowser {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Calls `listener` with every event; returns a function that stops it. */
  on(listener: (event: CdpEvent) => void): () => void;
  close(): Promise<void>;
}

/** A memory-backed folder on Linux. */
const SHARED_MEMORY_DIR = '/dev/shm';
/** The last characters of Chromium's own output kept for an error message. */
const STDERR_TAIL = 2_000;

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** Parses the NUL-separated messages of the pipe and hands each to `onMessage`. */
function readMessages(input: Readable, onMessage: (message: Record<string, unknown>) => void): void {
  let buffered = '';
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\0');
    while (end !== -1) {
      onMessage(JSON.parse(buffered.slice(0, end)) as Record<string, unknown>);
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
    }
  });
}

/**
 * Where the throwaway profile goes: shared memory where there is some (Linux), since Chromium writes
 * a few hundred small files there as it starts, and removing them from a busy disk takes longer than
 * printing; else the temporary folder.
 */
function profileParent(): string {
  try {
    accessSync(SHARED_MEMORY_DIR, constants.W_OK);
    return SHARED_MEMORY_DIR;
  } catch {
    return tmpdir();
  }
}

/** Launches headless Chromium at `executablePath` with `args`, in a fresh temporary profile. */
export async function launchCdpBrowser(executablePath: string, args: readonly string[]): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(profileParent(), 'deck-chromium-'));
  // In a process group of its own, so that closing it ends its renderer and helper processes too.
  const child: ChildProcess = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  const commands = child.stdio[3] as Writable;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(event: CdpEvent) => void>();
  let lastId = 0;
  let exited: Error | undefined;
  const exit = new Promise<void>((resolve) => {
    const onExit = (reason: string): void => {
      exited ??= new Error(`Chromium ${reason}${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
      for (const request of pending.values()) request.reject(exited);
      pending.clear();
      resolve();
    };
    child.once('exit', (code, signal) => onExit(`exited (${signal ?? `code ${code}`})`));
    child.once('error', (error) => onExit(`could not start (${error.message})`));
  });
  readMessages(child.stdio[4] as Readable, (message) => {
    const request = typeof message.id === 'number' ? pending.get(message.id) : undefined;
    if (request) {
      pending.delete(message.id as number);
      const error = message.error as { message?: string } | undefined;
      if (error) request.reject(new Error(error.message ?? 'DevTools command failed'));
      else request.resolve(message.result);
    } else if (typeof message.method === 'string') {
      for (const listener of listeners) listener(message as unknown as CdpEvent);
    }
  });
  // A write to a browser that has already gone fails with EPIPE; the exit handler reports why.
  commands.on('error', () => {});

  const browser: CdpBrowser = {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
      if (exited) return Promise.reject(exited);
      const id = ++lastId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
        commands.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      // The profile is a temporary folder, thrown away: nothing is lost by ending the browser at once
      // rather than waiting for its orderly shutdown (a few hundred ms).
      if (!exited && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
      await exit;
      rmSync(profile, { recursive: true, force: true });
    },
  };
  // The browser is ready once it answers: a failed start rejects here with Chromium's own message.
  try {
    await browser.send('Browser.getVersion');
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
