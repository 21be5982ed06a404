import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino({ level }, pino.destination(destination === 'stdout' ? 1 : 2));
}

export const silentLogger: Logger = pino({ level: 'silent' });
