import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { Announcer } from '../../src/controllers/announcer.js';

function setup() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => host.updates++,
    updateComplete: Promise.resolve(true),
  };
  return { announcer: new Announcer(host), host, controllers };
}

describe('Announcer', () => {
  it('announces, varying a repeated sentence invisibly so it is spoken again', () => {
    const { announcer, host } = setup();
    announcer.announce('3 results');
    expect(announcer.announcement).to.equal('3 results');
    announcer.announce('3 results');
    expect(announcer.announcement).to.equal('3 results\u00a0');
    announcer.announce('3 results');
    expect(announcer.announcement).to.equal('3 results');
    expect(announcer.toast).to.equal('');
    expect(host.updates).to.equal(3);
  });

  it('shows a toast that goes away by itself, and clears it on demand', async () => {
    const { announcer } = setup();
    const realSetTimeout = window.setTimeout.bind(window);
    const timers: (() => void)[] = [];
    window.setTimeout = ((callback: () => void) => timers.push(callback)) as typeof setTimeout;
    try {
      announcer.notify('Up to 3 friends');
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(announcer.toast).to.equal('Up to 3 friends');
    expect(announcer.announcement).to.equal('Up to 3 friends');
    expect(timers).to.have.length(1);
    timers[0]!();
    expect(announcer.toast).to.equal('');
    announcer.notify('again');
    announcer.clearToast();
    expect(announcer.toast).to.equal('');
  });

  it('stops its timer when the host disconnects', async () => {
    const { announcer, controllers } = setup();
    announcer.notify('soon gone');
    controllers[0]!.hostDisconnected?.();
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect(announcer.toast).to.equal('soon gone');
  });
});
