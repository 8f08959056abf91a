import type { PickerValueAccessor } from '../src/picker-value-accessor.js';

// The accessor writes uuids, not a string.
export const write = (accessor: PickerValueAccessor) => accessor.writeValue('abc');
