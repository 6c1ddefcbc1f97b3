// camelCase, acronym+Word and digit+word boundaries: #NoSignalAgain, #BTOutage, #O2outage.
const BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{N})(?=\p{L}{3})|_+/u;

/** Splits a hashtag body (without '#') into its words: "O2outage" → ["O2", "outage"]. */
export function splitHashtag(body: string): string[] {
  return body.split(BOUNDARY).filter((part) => part.length > 0);
}
