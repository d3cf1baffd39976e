import { send, type HttpResponse } from '../transport/send.js';
import { checkAnswerHeaders } from './check-answer-headers.js';
import type { CallState, PipelineDeps } from './deps.js';
import { extraHeaders } from './extra-headers.js';
import { takeRateSlot } from './rate-limit-step.js';
import type { CheckedAnswer } from './map-answer.js';
import type { EncodedRequest } from './profile.js';

/**
 * One attempt, inside the retry step: a rate-limit slot, fresh credentials and hook headers → send → one token refresh
 * on a plain 401 → the answer belongs to this query → error mapping → payload signature → decode and
 * schema check. Every request sent is counted in `state.attempts`, the re-send after a refresh too.
 */
export async function exchange<TWire>(
  deps: PipelineDeps,
  state: CallState,
  encoded: EncodedRequest,
  signal: AbortSignal,
): Promise<CheckedAnswer<TWire>> {
  const serviceId = state.service.id;
  const sendOnce = async (): Promise<HttpResponse> => {
    // Steps that are not configured cost nothing: no promise, no event-loop turn.
    if (deps.rateLimiter) await takeRateSlot(deps, state, signal); // first: the credentials are fresh when the slot comes
    const auth = await deps.auth.headers({
      dispatcher: deps.dispatcher,
      signal,
      url: deps.origin + encoded.path,
    });
    const hook = deps.hooks?.headers;
    const extra = hook
      ? await extraHeaders(hook, {
          serviceId,
          provider: state.provider,
          xroadId: state.xroadId,
          attempt: state.attempts + 1,
          purpose: state.ctx?.purpose ?? '',
        })
      : undefined;
    state.attempts += 1;
    // Extra headers go first: nothing a hook returns can replace what the gateway sets.
    const headers = extra ? { ...extra, ...encoded.headers, ...auth } : { ...encoded.headers, ...auth };
    return send(
      {
        origin: deps.origin,
        path: encoded.path,
        method: encoded.method,
        headers,
        ...(encoded.body === undefined ? {} : { body: encoded.body }),
      },
      {
        dispatcher: deps.dispatcher,
        signal,
        headersTimeoutMs: deps.timeouts.headersMs,
        bodyTimeoutMs: deps.timeouts.bodyMs,
        maxBytes: deps.maxResponseBytes,
      },
    );
  };
  let response = await sendOnce();
  if (response.status === 401 && deps.auth.invalidate && !response.headers['x-road-error']) {
    // The token may have expired or been revoked early: fetch a new one once.
    deps.auth.invalidate();
    response = await sendOnce();
  }
  state.status = response.status;
  checkAnswerHeaders(response, state.xroadId, serviceId);
  state.requestHash = response.headers['x-road-request-hash'];
  state.requestId = response.headers['x-road-request-id'];
  const profile = deps.profiles[state.service.profile];
  if (response.status < 200 || response.status >= 300) throw profile.toError(response, deps.now());
  const signed = deps.verifier
    ? await deps.verifier.verify(response.body, response.headers['x-payload-signature'], {
        dispatcher: deps.dispatcher,
        signal,
        ...(state.subsystem === undefined ? {} : { provider: state.subsystem }),
      })
    : undefined;
  const answer = profile.decode<TWire>(response, state.service, {
    xroadId: state.xroadId,
    client: deps.client,
    provider: state.subsystem ?? deps.client,
    now: deps.now(),
  });
  if (answer.requestHash) state.requestHash = answer.requestHash;
  const checked: CheckedAnswer<TWire> = { answer };
  if (state.requestHash) checked.requestHash = state.requestHash;
  if (signed) checked.signedBy = signed.kid;
  return checked;
}
