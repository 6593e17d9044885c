import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** A crypto "airdrop" scam pushing wallet-drainer links (the domains are fake `.example`s). */
const scammer = speaker('crypto_rewards_official', 'reported');
const olivia = speaker('Olivia Grant', 'reporter');

export const cryptoScam: SeedCaseFactory = (t) => ({
  id: 'C-1003',
  subject: 'Fake airdrop DMs asking users to connect their wallet',
  status: 'open',
  queue: 'Scams & fraud',
  priority: 'high',
  language: 'en',
  createdAt: t.at(-50),
  slaDueAt: t.at(190),
  reporter: { id: 'U-23019', name: 'Olivia Grant', handle: '@oliviag' },
  reported: { id: 'U-90551', name: 'CryptoRewards Support', handle: '@crypto_rewards_official' },
  items: thread(t, [
    scammer(
      -240,
      '🎉 Congratulations! Your wallet was selected for the Q4 airdrop. Claim 2.5 ETH before ' +
        'midnight: https://bit-claim-rewards.example/claim?ref=OG2290',
    ),
    olivia(-200, 'Is this real? It says I need to connect my wallet.'),
    scammer(
      -198,
      'Yes 100% official. Connect your wallet and approve the verification transaction ' +
        '(small 0.05 ETH gas fee): https://wallet-verify-secure.example/connect',
    ),
    scammer(-197, "Hurry, only 14 slots left! Don't share this link, it is unique to you."),
    olivia(-50, 'Reporting because a friend lost money to the same link yesterday.'),
    system(
      -49,
      'Link scan: bit-claim-rewards.example registered 3 days ago; ' +
        'wallet-verify-secure.example is on 2 community blocklists.',
    ),
  ]),
});
