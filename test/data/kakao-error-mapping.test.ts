import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  codeForHttpStatus,
  codeForKakaoCode,
  kakaoError,
  redact,
} from '../../src/data/kakao-error-mapping.js';
import { PickerError } from '../../src/errors.js';

describe('kakao-error-mapping', () => {
  it('maps every Kakao code of SPEC 2.2', () => {
    expect(codeForKakaoCode(-401)).to.equal('unauthorized');
    expect(codeForKakaoCode(-402)).to.equal('consent-required');
    expect(codeForKakaoCode(-3)).to.equal('permission-denied');
    expect(codeForKakaoCode(-5)).to.equal('permission-denied');
    expect(codeForKakaoCode(-10)).to.equal('quota-exceeded');
    expect(codeForKakaoCode(-501)).to.equal('not-talk-user');
    expect(codeForKakaoCode(-9798)).to.equal('maintenance');
    expect(codeForKakaoCode(-1)).to.equal('server');
    expect(codeForKakaoCode(-2)).to.equal(undefined);
  });

  it('falls back to the HTTP status when the code is unknown or missing', () => {
    expect(codeForHttpStatus(401)).to.equal('unauthorized');
    expect(codeForHttpStatus(403)).to.equal('permission-denied');
    expect(codeForHttpStatus(429)).to.equal('quota-exceeded');
    expect(codeForHttpStatus(500)).to.equal('server');
    expect(codeForHttpStatus(503)).to.equal('server');
    expect(codeForHttpStatus(404)).to.equal('bad-response');
    expect(kakaoError(undefined, { status: 502 }).code).to.equal('server');
    expect(kakaoError({ code: -2, msg: 'x' }, { status: 400 }).toDetail()).to.deep.include({
      code: 'bad-response',
      kakaoCode: -2,
    });
    expect(kakaoError({ msg: 'no code' }).code).to.equal('server');
  });

  it('the Kakao code wins over the status', () => {
    expect(kakaoError({ code: -9798 }, { status: 400 }).code).to.equal('maintenance');
    expect(kakaoError({ code: -401 }, { status: 500 }).code).to.equal('unauthorized');
  });

  it('keeps only string scopes from required_scopes', () => {
    const error = kakaoError({ code: -402, required_scopes: ['friends', 3, null, 'talk_message'] });
    expect(error.requiredScopes).to.deep.equal(['friends', 'talk_message']);
    expect(kakaoError({ code: -402 }).requiredScopes).to.equal(undefined);
  });

  it('includes a cleaned Kakao msg and redacts the secret', () => {
    const error = kakaoError(
      { code: -401, msg: 'bad token abcdEFGH1234\n\u0000 please' },
      { secret: 'abcdEFGH1234' },
    );
    expect(error.message).to.contain('Kakao -401');
    expect(error.message).to.contain('[redacted]');
    expect(error.message).not.to.contain('abcdEFGH1234');
    expect([...error.message].some((c) => c.charCodeAt(0) < 0x20)).to.equal(false);
    expect(redact('a secret b', undefined)).to.equal('a secret b');
  });

  it('property: any value and status give a PickerError with a known code', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.integer({ min: 100, max: 599 })), (body, status) => {
        const error = kakaoError(body, status === null ? {} : { status });
        expect(error).to.be.instanceOf(PickerError);
        expect(error.message.length).to.be.below(400);
      }),
    );
  });
});
