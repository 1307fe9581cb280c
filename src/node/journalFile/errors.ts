/** A journal the node layer will not read or write; the message is one actionable line. */
export class JournalFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'unreadable' | 'not-regular' | 'too-large' | 'encoding' | 'unwritable' | 'busy' | 'changed'
  ) {
    super(message);
  }
}
