import { randomToken } from '../lib/ids.ts';
import { AccountsError } from '../modules/accounts/errors.ts';
import { createAccountWithChannel } from '../modules/accounts/provisioning.ts';
import { countAccounts } from '../modules/accounts/service.ts';
import type { Sportello } from '../runtime.ts';

export const DEMO_EMAIL = 'demo@sportello.local';

/** On the very first start, a demo account with a sandbox number, so there is something to try. */
export async function seedDemoAccount(sportello: Sportello): Promise<{ email: string; password: string; apiKey: string; phoneNumberId?: string } | null> {
  if ((await countAccounts(sportello.deps)) > 0) return null;
  const password = randomToken(12);
  try {
    const created = await createAccountWithChannel(sportello.deps, sportello.services, {
      name: 'Demo',
      email: DEMO_EMAIL,
      password,
      sandbox: true,
      userName: 'Demo admin',
    });
    return { email: DEMO_EMAIL, password, apiKey: created.apiKey, phoneNumberId: created.channel?.phoneNumberId };
  } catch (err) {
    // Another node seeded it at the same moment.
    if (err instanceof AccountsError && err.code === 'email_taken') return null;
    throw err;
  }
}
