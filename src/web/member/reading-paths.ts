/** The addresses of members' reading on the go (mounted at /mig/naeste-moede and /mig/fremhaev). */

/** The next-meeting page: the member's coming meetings, each with what changed since they read it. */
export const NEXT_MEETING_PATH = '/mig/naeste-moede';

/** One meeting's changes since the member last read it. */
export const nextMeetingHref = (meetingId: number) => `${NEXT_MEETING_PATH}/${meetingId}`;

/** The whole meeting as one zip for offline reading. */
export const offlineZipHref = (meetingId: number) => `${NEXT_MEETING_PATH}/${meetingId}.zip`;

/** "Markér som læst". */
export const markReadHref = (meetingId: number) => `${NEXT_MEETING_PATH}/${meetingId}/laest`;
