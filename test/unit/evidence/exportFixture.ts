/** A generated LinkedIn export: every file shape the importer reads, with a marker in every body. */
export const MARKER = 'SECRET-BODY-MARKER-7f3a';
export const OWNER = 'https://www.linkedin.com/in/owner-me';

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const csv = (rows: string[][]) => rows.map((r) => r.map(q).join(',')).join('\n') + '\n';

export function connectionsCsv(): string {
  return (
    'Notes:\n"When exporting your connection data, you may notice..."\n\n' +
    csv([
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      ['Ada', 'Lovelace', 'https://www.linkedin.com/in/ada', '', 'Engines', 'Analyst', '01 Mar 2019'],
      ['Bo', 'Chen', 'https://www.linkedin.com/in/bo', '', 'X', 'Y', '15 Jun 2024'],
      ['Sam', 'Lee', 'https://www.linkedin.com/in/sam-1', '', 'A', 'B', '02 Jan 2020'],
      ['Sam', 'Lee', 'https://www.linkedin.com/in/sam-2', '', 'C', 'D', '03 Jan 2020'],
      ['"Dr, Jo" 🙂', 'אבי\u200b', 'https://www.linkedin.com/in/jo', '', '', '', '04 Feb 2021']
    ])
  );
}

export function invitationsCsv(): string {
  return csv([
    ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
    ['Bo Chen', 'Me Owner', '6/10/24, 9:15 AM', `Hi! ${MARKER}`, 'INCOMING', 'https://www.linkedin.com/in/bo', OWNER],
    ['Me Owner', 'Ada Lovelace', '2/20/19, 10:00 PM', '', 'OUTGOING', OWNER, 'https://www.linkedin.com/in/ada']
  ]);
}

/** Newer vintage: quoted headers, drafts, folders, multi-line bodies, a group, a note to self. */
export function messagesCsv(): string {
  const header = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
    'IS MESSAGE DRAFT',
    'IS CONVERSATION DRAFT'
  ];
  const ada = 'https://www.linkedin.com/in/ada';
  const bo = 'https://www.linkedin.com/in/bo';
  const only = 'https://www.linkedin.com/in/only-in-messages';
  const row = (
    c: string,
    from: string,
    fu: string,
    to: string,
    tu: string,
    date: string,
    folder = 'INBOX',
    draft = 'No'
  ) => [
    c,
    '',
    from,
    fu,
    to,
    tu,
    date,
    `subj ${MARKER}`,
    `line one ${MARKER}\nline "two", with comma`,
    folder,
    '',
    draft,
    'No'
  ];
  const lines = [
    header.map((h) => `"${h}"`).join(','),
    ...[
      row('c1', 'Me Owner', OWNER, 'Ada Lovelace', ada, '2026-11-01 10:00:00 UTC'),
      row('c1', 'Ada Lovelace', ada, 'Me Owner', OWNER, '2026-11-20 10:00:00 UTC'),
      row('c1', 'Me Owner', OWNER, 'Ada Lovelace', ada, '2026-11-21 10:00:00 UTC', 'INBOX', 'Yes'),
      row('c2', 'Me Owner', OWNER, 'Bo Chen', bo, '2025-01-01 10:00:00 UTC'),
      row('c3', 'Me Owner', OWNER, 'Ada Lovelace, Bo Chen', `${ada},${bo}`, '2026-10-01 10:00:00 UTC'),
      row('c4', 'Me Owner', OWNER, 'Me Owner', OWNER, '2026-10-02 10:00:00 UTC'),
      row('c5', 'Spammer', 'https://www.linkedin.com/in/spam', 'Me Owner', OWNER, '2026-10-03 10:00:00 UTC', 'SPAM'),
      row('c6', 'Only Messages', only, 'Me Owner', OWNER, '2026-09-01 10:00:00 UTC'),
      row('c6', 'Me Owner', OWNER, 'Only Messages', only, '2026-09-02 10:00:00 UTC')
    ].map((r) => r.map(q).join(','))
  ];
  return lines.join('\n') + '\n';
}

export function endorsementsReceivedCsv(): string {
  return csv([
    [
      'Endorsement Date',
      'Skill Name',
      'Endorser First Name',
      'Endorser Last Name',
      'Endorser Public Url',
      'Endorsement Status'
    ],
    ['2024/03/05 10:11:12 UTC', 'TypeScript', 'Ada', 'Lovelace', 'www.linkedin.com/in/ada', 'ACCEPTED'],
    ['2024/03/05 10:11:12 UTC', 'Node', 'Ada', 'Lovelace', 'www.linkedin.com/in/ada', 'ACCEPTED']
  ]);
}

export function endorsementsGivenCsv(): string {
  return csv([
    [
      'Endorsement Date',
      'Skill Name',
      'Endorsee First Name',
      'Endorsee Last Name',
      'Endorsee Public Url',
      'Endorsement Status'
    ],
    ['2024/03/05 10:11:12 UTC', 'Go', 'Bo', 'Chen', 'www.linkedin.com/in/bo/', 'ACCEPTED']
  ]);
}

export function recommendationsCsv(names: [string, string][]): string {
  return csv([
    ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
    ...names.map(([f, l]) => [f, l, 'Co', 'Job', `Great ${MARKER}`, '03/05/24, 10:11 AM', 'VISIBLE'])
  ]);
}

export function wholeExport(): { name: string; text: string }[] {
  return [
    { name: 'Basic_LinkedInDataExport/Connections.csv', text: connectionsCsv() },
    { name: 'Basic_LinkedInDataExport/Invitations.csv', text: invitationsCsv() },
    { name: 'Complete/messages.csv', text: messagesCsv() },
    { name: 'Endorsement_Received_Info.csv', text: endorsementsReceivedCsv() },
    { name: 'Endorsement_Given_Info.csv', text: endorsementsGivenCsv() },
    {
      name: 'Recommendations_Received.csv',
      text: recommendationsCsv([
        ['Ada', 'Lovelace'],
        ['Sam', 'Lee'],
        ['Nobody', 'Here']
      ])
    },
    { name: 'Recommendations_Given.csv', text: recommendationsCsv([['Bo', 'Chen']]) },
    { name: 'Profile.csv', text: 'First Name,Last Name,Headline\nMe,Owner,x\n' }
  ];
}
