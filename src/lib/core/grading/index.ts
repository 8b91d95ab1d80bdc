export {
  DEFAULT_GRADING_OPTIONS,
  gradeAnswer,
  type GradeResult,
  type GradingOptions,
  type NormalizedOf,
  type Pair,
  type ResponseOf
} from './grade';
export { canonicalNumber, editDistance, normalizeText, textVariants } from './normalize';
