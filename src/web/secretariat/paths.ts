/** The secretariat's URLs (Danish), built in one place; the app is mounted at /sekretariat. */

export const secretariatHref = '/sekretariat';
export const newMeetingHref = (slug: string) => `/sekretariat/organ/${encodeURIComponent(slug)}/moeder/ny`;
export const builderHref = (meetingId: number) => `/sekretariat/moede/${meetingId}`;
export const editorHref = (itemId: number) => `/sekretariat/punkt/${itemId}`;
export const draftAttachmentHref = (attachmentId: number) => `/sekretariat/bilag/${attachmentId}`;
