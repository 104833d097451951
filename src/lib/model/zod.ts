/**
 * Zod, set never to compile its parsers with `new Function`: the site's content security policy
 * forbids eval, and zod's probe for it, though caught, is reported as a violation. Import `z` from
 * here, not from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
