import Bowser from 'bowser';

/** What a session's user agent says in plain words: the browser and the kind of device. */
export interface DeviceName {
  browser?: string;
  device?: string;
}

/** Browser names as people say them. */
const browsers: Record<string, string> = {
  'Microsoft Edge': 'Edge',
  'Samsung Internet for Android': 'Samsung Internet',
  'Chrome OS': 'ChromeOS',
};

/** Reads a user agent (bowser does the parsing) into e.g. { browser: 'Chrome', device: 'Android' }. */
export function deviceName(userAgent: string | null): DeviceName {
  if (!userAgent) return {};
  const { browser, os, platform } = Bowser.parse(userAgent);
  const out: DeviceName = {};
  if (browser.name) out.browser = browsers[browser.name] ?? browser.name;
  if (os.name === 'iOS') out.device = platform.model ?? (platform.type === 'tablet' ? 'iPad' : 'iPhone');
  else if (os.name === 'macOS') out.device = 'Mac';
  else if (os.name) out.device = os.name;
  return out;
}
