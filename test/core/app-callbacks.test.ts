import { expect } from '@open-wc/testing';
import { AppCallbacks } from '../../src/core/app-callbacks.js';
import type { Friend } from '../../src/types.js';

const friend = { uuid: 'u1', profile_nickname: '김철수' } as Friend;

describe('AppCallbacks', () => {
  it("gives isFriendDisabled's reason, and null for false, an empty string, no predicate or no friend", () => {
    const callbacks = new AppCallbacks(() => {});
    expect(callbacks.disabledReason(() => '이미 초대됨', friend)).to.equal('이미 초대됨');
    expect(callbacks.disabledReason(() => false, friend)).to.equal(null);
    expect(callbacks.disabledReason(() => '', friend)).to.equal(null);
    expect(callbacks.disabledReason(undefined, friend)).to.equal(null);
    expect(callbacks.disabledReason(() => 'no', null)).to.equal(null);
  });

  it('reports a callback that throws once, by name, and treats the friend as pickable', () => {
    const errors: string[] = [];
    const callbacks = new AppCallbacks((message) => errors.push(message));
    const predicate = (): string => {
      throw new Error('boom');
    };
    expect(callbacks.disabledReason(predicate, friend)).to.equal(null);
    expect(callbacks.disabledReason(predicate, friend)).to.equal(null);
    expect(errors).to.deep.equal(['isFriendDisabled threw: boom']);
    const renderer = () => {};
    callbacks.failed('renderFriend', renderer, 'not an error');
    callbacks.failed('renderFriend', renderer, 'again');
    expect(errors).to.deep.equal([
      'isFriendDisabled threw: boom',
      'renderFriend threw: not an error',
    ]);
  });
});
