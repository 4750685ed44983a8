/**
 * Choosing a publisher (udgiver): a select of every publisher grouped by kind (regions,
 * municipalities, KKR …), with a first empty choice, a label, hint and error like the other fields.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { type OptionGroup, Select } from '../fields.js';
import { usePage } from '../page-context.js';

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
  /** The first, empty choice ("Vælg udgiver" when not given). */
  placeholder?: string;
}

export function PublisherSelect({ placeholder, ...props }: PublisherSelectProps) {
  const label = placeholder ?? ADMIN_MESSAGES[usePage().lang].common.choosePublisher;
  return <Select {...props} required options={[{ value: '', label }]} />;
}
