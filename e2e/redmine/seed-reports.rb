# The abuse reports seed.rb files, apart so the set-up reads on its own. Descriptions use
# Textile (Redmine's default): single line breaks become <br>, "> " lines a blockquote, as a
# reporter pasting what they were sent would write. A status change without notes is a journal
# too, which the adapter must skip.
SEED_REPORTS = lambda do |report, u, status, priority|
  [
    report.(
      author: u[:reporter], assignee: u[:reviewer], created: '2026-11-20 08:14:00',
      subject: 'Harassment: repeated insults in team chat', account: 'jdoe_77',
      priority: priority.('High'), status: status.('New'),
      description: <<~TEXT,
        jdoe_77 has been insulting me in the #design channel for three days.
        It started after I disagreed with him in the sprint review.
        Others have seen it but nobody says anything.

        What he wrote this morning:

        > nobody wants you here, just quit already
        > everyone is laughing at you behind your back

        I have screenshots of the earlier messages if you need them.
      TEXT
      notes: [
        [u[:reviewer], '2026-11-20 09:02:00', "Thanks for reporting this, Maria.\nCould you attach the screenshots of the earlier messages?\nWe will not share them with jdoe_77.", status.('In Progress')],
        [u[:reporter], '2026-11-20 09:40:00', "Attached are two of them.\nHe deleted the rest, but Sam saw them too."],
        [u[:admin], '2026-11-20 10:05:00', '', status.('Feedback')],
        [u[:reviewer], '2026-11-20 10:31:00', "Maria Lopez wrote:\n> He deleted the rest, but Sam saw them too.\n\nSam confirmed by email. Escalating to a lead for a suspension decision."],
        [u[:lead], '2026-11-20 11:12:00', "Agreed: 7-day suspension for jdoe_77 under policy H-2 (targeted harassment).", status.('In Progress')],
      ]
    ),
    report.(
      author: u[:reporter], assignee: u[:reviewer], created: '2026-11-21 14:30:00',
      subject: 'Scam link sent in direct messages', account: 'crypto_gains_88',
      priority: priority.('Urgent'), status: status.('New'),
      description: <<~TEXT,
        I got this DM from an account I don't know:

        > Congrats! You won 2 BTC. Claim within 24h at hxxp://claim-btc-now.example/verify
        > Enter your wallet seed phrase to receive the prize.

        Several people in my group got the same message.
      TEXT
      notes: [
        [u[:reviewer], '2026-11-21 14:52:00', "Same link reported by 4 other users today.\nDomain added to the blocklist."],
      ]
    ),
    report.(
      author: u[:reporter], assignee: nil, created: '2026-11-22 07:05:00',
      subject: 'Impersonation of a verified seller', account: 'offical_greenleaf_shop',
      priority: priority.('Normal'), status: status.('New'),
      description: "This account copies the name and logo of Greenleaf Shop (verified).\nIt asks buyers to pay outside the platform.",
      notes: []
    ),
    report.(
      author: u[:reviewer], assignee: u[:lead], created: '2026-11-18 16:45:00',
      subject: 'Spam: bulk comments with referral codes', account: 'promo_bot_4411',
      priority: priority.('Low'), status: status.('Resolved'),
      description: "Found while triaging: 120 identical comments in 10 minutes, each with a referral code.",
      notes: [
        [u[:lead], '2026-11-18 17:20:00', 'Account removed, comments purged.', status.('Resolved')],
      ]
    ),
  ]
end
