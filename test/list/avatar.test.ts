import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderAvatar, type AvatarView } from '../../src/templates/avatar.js';

const view = (url: string): AvatarView => ({
  url,
  name: '김철수',
  seed: 'u-kim',
  broken: new Set(),
  onBroken: () => {},
});

describe('renderAvatar', () => {
  it('gives a recycled row a new <img> for a new URL, never the old face meanwhile', () => {
    const box = document.createElement('div');
    render(renderAvatar(view('https://k.kakaocdn.net/a.jpg')), box);
    const first = box.querySelector('img')!;
    render(renderAvatar(view('https://k.kakaocdn.net/a.jpg')), box);
    expect(box.querySelector('img'), 'same URL: same element').to.equal(first);
    render(renderAvatar(view('https://k.kakaocdn.net/b.jpg')), box);
    const second = box.querySelector('img')!;
    expect(second, 'new URL: new element').to.not.equal(first);
    expect(second.getAttribute('src')).to.equal('https://k.kakaocdn.net/b.jpg');
    expect(box.querySelectorAll('img')).to.have.length(1);
  });

  it('shows the initial for a URL that is not https, or broken', () => {
    const box = document.createElement('div');
    render(renderAvatar(view('http://k.kakaocdn.net/a.jpg')), box);
    expect(box.querySelector('img')).to.equal(null);
    expect(box.querySelector('[part="avatar"]')!.textContent.trim()).to.equal('김');
    render(
      renderAvatar({
        ...view('https://k.kakaocdn.net/a.jpg'),
        broken: new Set(['https://k.kakaocdn.net/a.jpg']),
      }),
      box,
    );
    expect(box.querySelector('img')).to.equal(null);
  });
});
