// zod 4 probes for `new Function` the first time an object schema is built, to compile fast parsers.
// Under our CSP (`script-src 'self'`, no 'unsafe-eval') that probe is reported as a violation on every
// page even though zod catches the error. Turning the JIT off here, before any schema module runs,
// skips the probe (zod ≥ 4.3 honours the flag for it); the server keeps the JIT.
// This must stay the first import of main.tsx: see vite.config.ts for the chunk that guarantees it.
import { config } from 'zod';

config({ jitless: true });
