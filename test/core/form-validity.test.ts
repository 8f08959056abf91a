import { expect } from '@open-wc/testing';
import { selectionValidity } from '../../src/core/form-validity.js';

const multiple = { mode: 'multiple', min: 2, max: 3, required: false } as const;

describe('selectionValidity', () => {
  it('accepts an empty selection unless required, like an empty <input>', () => {
    expect(selectionValidity(0, multiple)).to.equal('valid');
    expect(selectionValidity(0, { ...multiple, required: true })).to.equal('value-missing');
  });

  it('checks min and max in multiple mode', () => {
    expect(selectionValidity(1, multiple)).to.equal('range-underflow');
    expect(selectionValidity(2, multiple)).to.equal('valid');
    expect(selectionValidity(3, multiple)).to.equal('valid');
    expect(selectionValidity(4, multiple)).to.equal('range-overflow');
  });

  it('wants exactly one friend in single mode, whatever min says', () => {
    const single = { ...multiple, mode: 'single' } as const;
    expect(selectionValidity(1, single)).to.equal('valid');
    expect(selectionValidity(2, single)).to.equal('range-overflow');
    expect(selectionValidity(0, { ...single, required: true })).to.equal('value-missing');
  });
});
