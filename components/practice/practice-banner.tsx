import type { PracticeCase } from '../../utils/training/practice';

/** Says plainly that this is practice, where the trainee is in the set, and why scores are hidden. */
export function PracticeBanner(props: { practice: PracticeCase; revealed: boolean }) {
  const { practice, revealed } = props;
  return (
    <section
      aria-label="Training"
      data-testid="practice-banner"
      className="rounded border-2 border-amber-600 bg-amber-50 p-2 text-xs text-amber-950"
    >
      <p className="font-semibold">
        TRAINING · {practice.setTitle} · case {practice.position} of {practice.total}
      </p>
      <p>
        {revealed
          ? 'Your attempt is recorded. Compare it with the gold answer and the model’s view below.'
          : 'Decide on your own first: the model’s scores, its suggestion and earlier decisions stay hidden until you have decided.'}
      </p>
    </section>
  );
}
