/** Action ids, callback ids and values shared by the renderer and the handlers. */

/** Buttons under an answer; `value` is the answerId. */
export const FEEDBACK_ACTIONS = {
  helpful: 'permabot_feedback_helpful',
  'not-helpful': 'permabot_feedback_not_helpful',
  'ask-human': 'permabot_feedback_ask_human',
} as const;

/** Buttons on a review card; `value` is the reviewId. */
export const REVIEW_ACTIONS = {
  approve: 'permabot_review_approve',
  correct: 'permabot_review_correct',
  reject: 'permabot_review_reject',
} as const;

/** Modal callback ids. */
export const VIEWS = {
  correct: 'permabot_correct_modal',
  notHelpful: 'permabot_not_helpful_modal',
} as const;

/** Block and input ids inside the modals. */
export const INPUTS = {
  correctBlock: 'correct_text_block',
  correctAction: 'correct_text',
  reasonBlock: 'reason_block',
  reasonAction: 'reason',
} as const;

/** The slash command. */
export const COMMAND = '/permabot';
