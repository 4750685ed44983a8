/**
 * Choosing a publisher (udgiver): a select of every publisher grouped by kind (regions,
 * municipalities, KKR …), with a first empty choice, a label, hint and error like the other fields.
 */
import { type OptionGroup, Select } from '../fields.js';

export type { OptionGroup } from '../fields.js';

export interface PublisherSelectProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  /** The chosen publisher (its value), '' when none. */
  value: string;
  groups: OptionGroup[];
  /** The first, empty choice. */
  placeholder?: string;
}

export function PublisherSelect({ placeholder = 'Vælg udgiver', ...props }: PublisherSelectProps) {
  return <Select {...props} required options={[{ value: '', label: placeholder }]} />;
}
