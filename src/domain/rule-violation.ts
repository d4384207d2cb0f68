/**
 * A legal rule that refuses an act: a stable code for programs, the article it comes from,
 * and a Chinese sentence for people that names the article. Pure rules return these;
 * services turn them into an AppError('RULE_VIOLATED').
 */
export interface RuleViolation<Code extends string = string> {
  code: Code;
  /** e.g. '行政处罚法第三十六条' */
  article: string;
  message: string;
}
