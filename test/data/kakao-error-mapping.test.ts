import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { failure, kakaoError, redact } from '../../src/data/kakao-error-mapping.js';
import { PickerError } from '../../src/errors.js';

const codeOf = (body: unknown, status?: number) => kakaoError(body, status).code;

describe('kakao-error-mapping', () => {
  it('maps every Kakao code of SPEC 2.2, whatever the status', () => {
    const expected: Array<[number, string]> = [
      [-401, 'unauthorized'],
      [-402, 'consent-required'],
      [-3, 'permission-denied'],
      [-5, 'permission-denied'],
      [-10, 'quota-exceeded'],
      [-501, 'not-talk-user'],
      [-9798, 'maintenance'],
      [-1, 'server'],
    ];
    for (const [kakaoCode, code] of expected) {
      for (const status of [undefined, 400, 500]) {
        const error = kakaoError({ code: kakaoCode }, status);
        expect(error.code, `${kakaoCode} ${status}`).to.equal(code);
        expect(error.kakaoCode).to.equal(kakaoCode);
      }
    }
  });

  it('falls back to the HTTP status when the code is unknown or missing', () => {
    expect(codeOf(undefined, 401)).to.equal('unauthorized');
    expect(codeOf('Forbidden', 403)).to.equal('permission-denied');
    expect(codeOf({}, 429)).to.equal('quota-exceeded');
    expect(codeOf(undefined, 500)).to.equal('server');
    expect(codeOf(undefined, 503)).to.equal('server');
    expect(codeOf(undefined, 502)).to.equal('server');
    expect(codeOf('<h1>Not found</h1>', 404)).to.equal('bad-response');
    // An HTTP status in the body's `code` is not a Kakao code.
    expect(codeOf({ code: 401 }, 400)).to.equal('bad-response');
    expect(kakaoError({ code: -2, msg: 'x' }, 400).toDetail()).to.deep.include({
      code: 'bad-response',
      kakaoCode: -2,
    });
    expect(codeOf({ msg: 'no code' })).to.equal('server');
    expect(codeOf({ code: -2 })).to.equal('server');
  });

  it('says what it was given: Kakao code and msg, else the HTTP status, else nothing', () => {
    expect(kakaoError({ code: -10, msg: 'quota' }, 429).message).to.equal(
      'Kakao API quota exhausted (Kakao -10: quota).',
    );
    expect(kakaoError({ code: -10 }).message).to.equal('Kakao API quota exhausted (Kakao -10).');
    expect(kakaoError(undefined, 502).message).to.equal('Kakao API failure (HTTP 502).');
    expect(kakaoError(undefined, 0).message).to.equal('Malformed Kakao API answer (a redirect).');
    // SDK rejections (no status) that are not Kakao-shaped: the rejection is the cause.
    const failed = new TypeError('Failed to fetch');
    const sdk = kakaoError(failed);
    expect(sdk.message).to.equal('Network failure (Kakao.API.request failed).');
    expect(sdk.cause).to.equal(failed);
    expect(kakaoError(new Error('x')).toDetail()).to.deep.equal({
      code: 'server',
      message: 'Kakao API failure (Kakao.API.request failed).',
      retryable: true,
    });
    expect(kakaoError({ code: -401 }, 401).cause).to.equal(undefined);
  });

  it('keeps only scope names from required_scopes, once each', () => {
    const error = kakaoError({
      code: -402,
      required_scopes: ['friends', 3, null, 'talk_message', 'friends', 'Bad Scope', 'x'.repeat(40)],
    });
    expect(error.requiredScopes).to.deep.equal(['friends', 'talk_message']);
    expect(kakaoError({ code: -402 }).requiredScopes).to.equal(undefined);
    const many = Array.from({ length: 80 }, (_, i) => `scope_${i}`);
    expect(kakaoError({ code: -402, required_scopes: many }).requiredScopes).to.deep.equal(
      many.slice(0, 50),
    );
    // Scopes only come with -402.
    expect(kakaoError({ code: -401, required_scopes: ['friends'] }).requiredScopes).to.equal(
      undefined,
    );
  });

  it('includes a cleaned Kakao msg and redacts the secret', () => {
    const error = kakaoError(
      { code: -401, msg: 'bad token abcdEFGH1234\n\u0000 please' },
      undefined,
      'abcdEFGH1234',
    );
    expect(error.message).to.contain('Kakao -401');
    expect(error.message).to.contain('[redacted]');
    expect(error.message).not.to.contain('abcdEFGH1234');
    expect([...error.message].some((c) => c.charCodeAt(0) < 0x20)).to.equal(false);
    expect(redact('a secret b', undefined)).to.equal('a secret b');
    expect(redact('a secret b', 'secret')).to.equal('a [redacted] b');
  });

  it('cuts credential-like runs and long messages, and drops scopes holding the secret', () => {
    const run = 'A'.repeat(40);
    const error = kakaoError(
      { code: -402, msg: `${run} ${'x '.repeat(300)}`, required_scopes: ['friends', 'tok_abcd'] },
      403,
      'tok_abcd',
    );
    expect(error.message).not.to.contain(run);
    expect(error.message).to.match(/…\)\.$/);
    expect(error.requiredScopes).to.deep.equal(['friends']);
  });

  it('failure(): the message of a code, with a reason', () => {
    expect(failure('network', 'timed out').message).to.equal('Network failure (timed out).');
    expect(failure('bad-response').message).to.equal('Malformed Kakao API answer.');
    expect(failure('network').retryable).to.equal(true);
  });

  it('property: any value and status give a PickerError with a known code', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.option(fc.integer({ min: 0, max: 599 }), { nil: undefined }),
        (body, status) => {
          const error = kakaoError(body, status);
          expect(error).to.be.instanceOf(PickerError);
          expect(error.message.length).to.be.below(400);
        },
      ),
    );
  });
});
