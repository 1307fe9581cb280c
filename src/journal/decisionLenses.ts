/** Which decision CodeLenses an entry gets. Pure (no vscode) so it is unit-tested. */

/** The decision lenses for an entry's status, leaving out the one it already has. */
export function decisionLenses(status: string | undefined): { title: string; command: string }[] {
  return [
    ...(status === 'accepted' ? [] : [{ title: 'Accept', command: 'deliberate.accept' }]),
    ...(status === 'declined' ? [] : [{ title: 'Decline', command: 'deliberate.decline' }]),
    { title: status === 'deferred' ? 'Defer again' : 'Defer', command: 'deliberate.defer' }
  ];
}
