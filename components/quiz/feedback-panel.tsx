import type { Messages } from "@/lib/i18n/messages";
import type { AnswerResponse, PublicQuestion, QuestionFeedback } from "@/lib/quiz/api-types";
import { Mark, Verdict } from "./marks";

type Props = {
  t: Messages["quiz"];
  question: PublicQuestion;
  answer: AnswerResponse | null | undefined;
  feedback: QuestionFeedback;
  headingLevel?: 3 | 4 | 5;
};

/**
 * The learner's answer and the correct one, in words: a list of options, a sequence or pairs. Given
 * the key, each position of a sequence and each pair is marked right or wrong (icon and words).
 */
function AnswerText({ t, question, answer, solution: answerKey }: { t: Messages["quiz"]; question: PublicQuestion; answer: AnswerResponse | null | undefined; solution?: AnswerResponse | null }) {
  const text = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;
  const match = (id: string | undefined) => (id ? (question.matches?.find((m) => m.id === id)?.text ?? id) : t.notAnswered);
  if (!answer) return <p>{t.notAnswered}</p>;
  if ("optionIds" in answer) {
    return answer.optionIds.length ? (
      <ul className="list-disc pl-5">
        {answer.optionIds.map((id) => (
          <li key={id}>{text(id)}</li>
        ))}
      </ul>
    ) : (
      <p>{t.notAnswered}</p>
    );
  }
  if ("order" in answer) {
    const correctOrder = answerKey && "order" in answerKey ? answerKey.order : null;
    return (
      <ol className="list-decimal pl-5">
        {answer.order.map((id, i) => {
          const right = correctOrder ? correctOrder[i] === id : null;
          return (
            <li key={id} data-testid={correctOrder ? "quiz-position" : undefined} data-correct={right ?? undefined}>
              {text(id)}
              {correctOrder && (
                <span className="ml-2 text-sm font-medium">
                  <Mark kind={right ? "correct" : "wrong"} text={right ? t.positionRight : t.positionWrong(correctOrder.indexOf(id) + 1)} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    );
  }
  const correctPairs = answerKey && "pairs" in answerKey ? answerKey.pairs : null;
  return (
    <ul className="list-disc pl-5">
      {question.options.map((o) => {
        const right = correctPairs ? correctPairs[o.id] === answer.pairs[o.id] : null;
        return (
          <li key={o.id} data-testid={correctPairs ? "quiz-pair" : undefined} data-correct={right ?? undefined}>
            {o.text} <span aria-hidden="true">→</span> <span className="sr-only">:</span> {match(answer.pairs[o.id])}
            {correctPairs && (
              <span className="ml-2 inline-flex flex-wrap gap-x-2 text-sm font-medium">
                <Mark kind={right ? "correct" : "wrong"} text={right ? t.pairRight : t.pairWrong} />
                {!right && <span className="text-zinc-700 dark:text-zinc-300">({t.shouldBe(match(correctPairs[o.id]))})</span>}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function correctAnswerOf(feedback: QuestionFeedback): AnswerResponse | null {
  if (feedback.correctOptionIds) return { optionIds: feedback.correctOptionIds };
  if (feedback.correctOrder) return { order: feedback.correctOrder };
  if (feedback.correctPairs) return { pairs: feedback.correctPairs };
  return null;
}

/** The verdict, both answers, an explanation for every option and the source. */
export function FeedbackPanel({ t, question, answer, feedback, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 3 ? "h3" : headingLevel === 4 ? "h4" : "h5";
  const chosen = answer && "optionIds" in answer ? answer.optionIds : [];
  const correctIds = feedback.correctOptionIds ?? [];
  return (
    <section className="mt-4 space-y-4 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid="quiz-feedback">
      <Verdict correct={feedback.correct} correctText={t.correct} incorrectText={t.incorrect} />
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t.yourAnswer}</dt>
          <dd className="mt-1" data-testid="quiz-your-answer">
            <AnswerText t={t} question={question} answer={answer} solution={correctAnswerOf(feedback)} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t.correctAnswer}</dt>
          <dd className="mt-1" data-testid="quiz-correct-answer">
            <AnswerText t={t} question={question} answer={correctAnswerOf(feedback)} />
          </dd>
        </div>
      </dl>
      <div>
        <Heading className="font-semibold">{t.explanations}</Heading>
        <ul className="mt-2 space-y-3">
          {question.options.map((option) => (
            <li key={option.id} className="border-l-2 border-zinc-300 pl-3 dark:border-zinc-700" data-testid="quiz-explanation" data-option-id={option.id}>
              <p className="font-medium">{option.text}</p>
              {(correctIds.includes(option.id) || chosen.includes(option.id)) && (
                <p className="flex flex-wrap gap-x-3 text-sm font-medium">
                  {correctIds.includes(option.id) && <Mark kind="correct" text={t.isCorrectOption} />}
                  {chosen.includes(option.id) && <Mark kind={correctIds.includes(option.id) ? "neutral" : "wrong"} text={t.yourChoice} />}
                </p>
              )}
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">{feedback.explanations[option.id] ?? ""}</p>
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm">
        {t.source}:{" "}
        <a href={feedback.source} rel="noopener noreferrer" target="_blank" className="break-all text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600 dark:text-brand-300" data-testid="quiz-source">
          {feedback.source}
        </a>
      </p>
    </section>
  );
}
