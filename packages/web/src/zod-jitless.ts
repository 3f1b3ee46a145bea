// zod 4 probes for `new Function` the first time an object schema is built, to compile fast parsers.
// Under our CSP (`script-src 'self'`, no 'unsafe-eval') that probe is reported as a violation on every
// page even though zod catches the error. Turning the JIT off here, before any schema module runs,
// skips the probe (zod ≥ 4.3 honours the flag for it); the server keeps the JIT. Set through zod's global
// config object (lib/zod-config.ts), so zod is not part of the first download.
// This must stay the first import of main.tsx.
import { zodConfig } from './lib/zod-config';

zodConfig({ jitless: true });
