/** Invitations one Administrator may send per day (Gcore docs, "About users"). */
export const DAILY_INVITE_LIMIT = 5;

/** How long the create-password link in an invitation stays valid. */
export const INVITATION_VALID_HOURS = 24;
