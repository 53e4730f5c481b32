import { useId } from 'react';
import type { Option } from './activityOptions';
import type { Bucket } from './types';

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  testId?: string;
}

export function SelectField({ label, value, options, onChange, testId }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field compact-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const BUCKETS: readonly { value: Bucket; label: string }[] = [
  { value: 'week', label: 'Weeks' },
  { value: 'month', label: 'Months' },
];

interface BucketToggleProps {
  value: Bucket;
  onChange: (bucket: Bucket) => void;
  label?: string;
}

/** Weeks or months: a radio group, so arrow keys switch and screen readers say which one is on. */
export function BucketToggle({ value, onChange, label = 'Group by' }: BucketToggleProps) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{label}</legend>
      {BUCKETS.map((bucket) => (
        <label key={bucket.value}>
          <input
            type="radio"
            name={name}
            value={bucket.value}
            checked={value === bucket.value}
            onChange={() => onChange(bucket.value)}
          />
          <span>{bucket.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
