import { describe, expect, it } from 'vitest';
import {
  DatabaseStoppedError,
  DatabaseTimeoutError,
  DatabaseUnreachableError,
  databaseFaultOf,
} from './faults.js';

/** A driver error as node-postgres and PGlite raise them: SQLSTATE in `code`, with a severity. */
const pgError = (code: string, severity = 'ERROR') =>
  Object.assign(new Error('(server text)'), { code, severity });
/** Drizzle wraps the driver's error in `cause`. */
const wrapped = (cause: unknown) => new Error('Failed query: …', { cause });

describe('databaseFaultOf', () => {
  it.each([
    ['08006', 'connection_failure'],
    ['08001', 'sqlclient_unable_to_establish_sqlconnection'],
    ['57P01', 'admin_shutdown (pg_terminate_backend, a fast stop)'],
    ['57P02', 'crash_shutdown'],
    ['57P03', 'cannot_connect_now (starting up)'],
    ['53300', 'too_many_connections'],
  ])('calls SQLSTATE %s (%s) unreachable', (code) => {
    expect(databaseFaultOf(wrapped(pgError(code, 'FATAL')))).toBe('unreachable');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])('calls a socket %s unreachable', (code) => {
    expect(databaseFaultOf(wrapped(Object.assign(new Error('x'), { code })))).toBe('unreachable');
  });

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
    'PGlite is closed',
  ])('calls "%s" unreachable', (message) => {
    expect(databaseFaultOf(wrapped(new Error(message)))).toBe('unreachable');
  });

  it('calls any failure to connect unreachable, whatever PostgreSQL said (55000: not accepting connections)', () => {
    expect(databaseFaultOf(new DatabaseUnreachableError(pgError('55000', 'FATAL')))).toBe('unreachable');
  });

  it('calls disk_full, insufficient_resources and ENOSPC storage_full', () => {
    expect(databaseFaultOf(wrapped(pgError('53100')))).toBe('storage_full');
    expect(databaseFaultOf(wrapped(pgError('53000')))).toBe('storage_full');
    expect(databaseFaultOf(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('storage_full');
  });

  it('calls a PGlite stopped by a full write-ahead log storage_full, and one stopped otherwise unreachable', () => {
    expect(databaseFaultOf(wrapped(new DatabaseStoppedError(pgError('53100', 'PANIC'))))).toBe(
      'storage_full',
    );
    expect(databaseFaultOf(wrapped(new DatabaseStoppedError(pgError('XX000', 'PANIC'))))).toBe('unreachable');
  });

  it('tells a cancelled statement (statement_timeout) from one PGlite may still finish', () => {
    expect(databaseFaultOf(wrapped(pgError('57014')))).toBe('cancelled');
    expect(databaseFaultOf(wrapped(new DatabaseTimeoutError(30_000)))).toBe('late');
  });

  it('leaves ordinary errors alone (a unique violation, a bug)', () => {
    expect(databaseFaultOf(wrapped(pgError('23505')))).toBeUndefined();
    expect(databaseFaultOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseFaultOf('not an error')).toBeUndefined();
  });
});
