import { z } from 'zod';

// Before any schema is built: zod compiles object parsers with `new Function`
// unless told not to, and probes for it first. The page's policy has no
// 'unsafe-eval', so the probe is refused and Chromium logs a CSP violation at
// every start, though zod catches the error. Parsing without it is as correct.
z.config({ jitless: true });
