import type { Deps } from '../../deps.ts';
import type { Services } from '../../services.ts';
import { registerWithSandbox } from '../channels/sandbox-link.ts';
import { createSandboxChannel, type ChannelRow } from '../channels/service.ts';
import { createAccount, type Language } from './service.ts';

export interface ProvisionedAccount {
  accountId: string;
  userId: string;
  apiKey: string;
  channel?: { id: string; phoneNumberId: string; wabaId: string; verifyToken: string; appSecret: string; displayPhoneNumber: string };
}

/** A ready-to-use account (the CLI's account:create and the demo seed): admin, API key, and a sandbox number if asked. */
export async function createAccountWithChannel(
  deps: Pick<Deps, 'database' | 'log'>,
  services: Pick<Services, 'sandbox'> | null,
  input: { name: string; email: string; password: string; sandbox: boolean; userName?: string; language?: Language },
): Promise<ProvisionedAccount> {
  let channel: ChannelRow | undefined;
  const created = await createAccount(deps, input, async (tx, account) => {
    if (input.sandbox) channel = await createSandboxChannel(tx, account.account.id);
  });
  // Without a running simulator (the CLI with the server stopped), the server registers it at start-up.
  if (channel && services?.sandbox) await registerWithSandbox(services.sandbox, channel);
  return {
    accountId: created.account.id,
    userId: created.user.id,
    apiKey: created.apiKey,
    ...(channel
      ? {
          channel: {
            id: channel.id,
            phoneNumberId: channel.phoneNumberId,
            wabaId: channel.wabaId,
            verifyToken: channel.verifyToken,
            appSecret: channel.appSecret,
            displayPhoneNumber: channel.displayPhoneNumber,
          },
        }
      : {}),
  };
}
