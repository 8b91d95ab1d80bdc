/**
 * Teachers' assignments: making them (`createAssignment`), sharing them as links or
 * `.quiz.json` files, what a student answers (`attemptQuestions`, `arrangeForStudent`), result
 * codes back to the teacher, and grading a class (`answerKeyFor`, `buildClassReport`).
 */
export {
  arrangeForStudent,
  attemptQuestions,
  type AttemptQuestions,
  type AttemptQuestionsResult
} from './attempt';
export {
  createAssignment,
  toStudentQuestion,
  type AssignmentOptions,
  type CreateAssignmentResult,
  type QuestionChoice
} from './create';
export { MAX_INFLATED_BYTES } from './envelope';
export { answerKeyFor, setIdOf, type AnswerKeyResult } from './key';
export {
  ASSIGNMENT_FILE_EXTENSION,
  ASSIGNMENT_PATH,
  assignmentFileText,
  decodeAssignmentLink,
  encodeAssignmentLink,
  fitsQrCode,
  MAX_ASSIGNMENT_FILE_BYTES,
  MAX_QR_LINK_CHARS,
  parseAssignmentFile,
  type AssignmentFileProblem,
  type DecodeAssignmentResult,
  type EncodeAssignmentResult,
  type LinkProblem,
  type ParseAssignmentFileResult
} from './link';
export { shuffle } from './random';
export {
  buildClassReport,
  COUNTINGS,
  gradeSubmission,
  MAX_CLASS_SIZE,
  studentIdOf,
  type ClassReport,
  type Counting,
  type ReportView,
  type ClassReportResult,
  type GradedAnswer,
  type GradedSubmission,
  type QuestionRow,
  type StudentRow
} from './report';
export {
  classReportCsv,
  ENGLISH_CLASS_CSV_LABELS,
  responseText,
  type ClassCsvLabels
} from './report-csv';
export {
  decodeResultCode,
  encodeResultCode,
  findResultCodeParts,
  findResultCodes,
  RESULT_CODE_PREFIX,
  ResultResponseSchema,
  SubmissionSchema,
  type DecodeResultCodeResult,
  type EncodeResultCodeResult,
  type ResultCodeProblem,
  type ResultResponse,
  type Submission
} from './result-code';
export {
  allowsSkipAndBack,
  ASSIGNMENT_FORMAT,
  HAND_IN_WAYS,
  type HandIn,
  AssignmentSchema,
  parseAssignment,
  StudentQuestionSchema,
  type Assignment,
  type AssignmentContent,
  type AssignmentParse,
  type StudentQuestion
} from './schema';
export { acceptResponse, canAccept } from './accept';
export { articleForLibrary, type LibraryArticle } from './library';
export { collectResultCodes, type CodeProblem, type CollectResult } from './collect';
export {
  decodeReleaseLink,
  encodeReleaseLink,
  gradeOwnSubmissions,
  isReleaseLink,
  RELEASE_FORMAT,
  releaseOf,
  ReleaseSchema,
  type DecodeReleaseResult,
  type EncodeReleaseResult,
  type Release
} from './release';
export {
  mergeStudentAttempts,
  mergeSubmissions,
  submissionIdentity,
  type MergeableAttempt,
  type MergeAttemptsResult,
  type MergeSubmissionsResult
} from './merge';
export {
  acceptLines,
  applyKeyEdit,
  keyDifferences,
  keyEditOf,
  MAX_ACCEPTED,
  replaceInKey,
  restoreOriginal,
  scoreChanges,
  type KeyDifference,
  type KeyEdit,
  type KeyEditProblem,
  type KeyEditResult,
  type ScoreChange
} from './key-edit';
