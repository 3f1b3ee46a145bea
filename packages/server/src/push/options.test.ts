import { describe, expect, it } from 'vitest';
import { defaultPushEndpointHosts } from '../config.js';
import { endpointProblem } from './options.js';

describe('endpointProblem', () => {
  it('accepts a listed push service on the default https port, written or not', () => {
    expect(
      endpointProblem('https://fcm.googleapis.com/fcm/send/abc', defaultPushEndpointHosts),
    ).toBeUndefined();
    expect(endpointProblem('https://web.push.apple.com:443/QG', defaultPushEndpointHosts)).toBeUndefined();
  });

  it('refuses any other port, even on a listed host', () => {
    expect(endpointProblem('https://fcm.googleapis.com:8443/fcm/send/abc', defaultPushEndpointHosts)).toBe(
      'The endpoint must use the default https port (443).',
    );
    expect(endpointProblem('https://fcm.googleapis.com:22/x', defaultPushEndpointHosts)).toMatch(/443/);
  });

  it('refuses a host that is not listed', () => {
    expect(endpointProblem('https://169.254.169.254/latest', defaultPushEndpointHosts)).toBe(
      'This push service is not supported.',
    );
  });

  it('allows another port only where a host entry names it', () => {
    expect(endpointProblem('https://127.0.0.1:8443/p', ['127.0.0.1:8443'])).toBeUndefined();
    expect(endpointProblem('https://127.0.0.1:8444/p', ['127.0.0.1:8443'])).toMatch(/443/);
    expect(endpointProblem('https://127.0.0.1/p', ['127.0.0.1:8443'])).toMatch(/443/);
  });
});
