import type { Smart } from './types';

const LETTERS: { letter: string; name: string; key: keyof Smart; how: string }[] = [
  { letter: 'S', name: 'Specific', key: 'specific', how: 'has a description' },
  { letter: 'M', name: 'Measurable', key: 'measurable', how: 'has at least one target' },
  { letter: 'A', name: 'Achievable', key: 'achievable', how: 'linked to activities (not possible yet)' },
  { letter: 'R', name: 'Relevant', key: 'relevant', how: 'has a relevance statement' },
  { letter: 'T', name: 'Time-bound', key: 'timeBound', how: 'has a deadline' },
];

/** Which SMART letters the goal satisfies, each with a sign and words, so it reads without colour. */
export function SmartLetters({ smart }: { smart: Smart }) {
  const met = LETTERS.filter(({ key }) => smart[key]).length;
  return (
    <div className="smart">
      <p className="smart-summary">
        SMART: {met} of 5
      </p>
      <ul className="smart-letters" data-testid="smart-letters">
        {LETTERS.map(({ letter, name, key, how }) => (
          <li key={key} className={smart[key] ? 'is-met' : 'is-unmet'} title={`${name}: ${how}`}>
            <span className="smart-letter" aria-hidden="true">
              {letter}
              <span className="smart-sign">{smart[key] ? '✓' : '✗'}</span>
            </span>
            <span className="goals-sr-only">
              {name}: {smart[key] ? 'yes' : 'no'} ({how})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
