/** Every question kind the generator runs; a new kind is one folder and one line here. */
import { cardsKind } from './cards';
import { changeKind } from './change';
import { clozeKind } from './cloze';
import { deedsKind } from './deeds';
import { gistKind } from './gist';
import { interviewKind } from './interview';
import { matchKind } from './match';
import { meaningKind } from './meaning';
import { orderKind } from './order';
import { roleKind } from './role';
import { speechKind } from './speech';
import { trueFalseKind } from './true-false';
import type { QuestionKind } from './types';
import { whKind } from './wh';
import { whyKind } from './why';

export const KINDS: readonly QuestionKind[] = [
  gistKind,
  whKind,
  whyKind,
  changeKind,
  speechKind,
  deedsKind,
  interviewKind,
  trueFalseKind,
  clozeKind,
  meaningKind,
  orderKind,
  matchKind,
  roleKind,
  cardsKind
];
