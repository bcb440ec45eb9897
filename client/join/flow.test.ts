import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  flowReducer,
  initialFlow,
  isTallStep,
  progress,
  type ChosenPlace,
  type FlowAction,
  type FlowState,
  type StepId,
} from './flow.ts';

const jussy: ChosenPlace = {
  position: { lat: 47.721797, lon: 3.585616 },
  label: "2 Place de l'Église 89290 Jussy",
  approximate: false,
  source: 'search',
};

const run = (...actions: FlowAction[]): FlowState => actions.reduce(flowReducer, initialFlow);

describe('flow steps', () => {
  it('goes from the intent to the place to the result, and back again', () => {
    const atResult = run({ type: 'intent', intent: 'connect' }, { type: 'place', place: jussy });
    expect(atResult.step).toBe('result');
    expect(atResult.history).toEqual(['intent', 'place']);
    const back = flowReducer(atResult, { type: 'back' });
    expect(back.step).toBe('place');
    expect(back.place).toEqual(jussy); // the marker stays while another address is looked for
    expect(flowReducer(back, { type: 'back' }).step).toBe('intent');
    expect(canGoBack(initialFlow)).toBe(false);
  });

  it('re-checks a place tapped from the result without stacking history', () => {
    const atResult = run({ type: 'intent', intent: 'curious' }, { type: 'place', place: jussy });
    const tapped: ChosenPlace = { ...jussy, label: null, source: 'map', position: { lat: 47.7, lon: 3.5 } };
    const again = flowReducer(atResult, { type: 'place', place: tapped });
    expect(again.step).toBe('result');
    expect(again.place).toEqual(tapped);
    expect(again.history).toEqual(atResult.history);
  });

  it('walks the subscription steps with the technology chosen on the result', () => {
    let s = run(
      { type: 'intent', intent: 'connect' },
      { type: 'place', place: jussy },
      { type: 'subscribe', technology: 'radio' },
    );
    expect(s.step).toBe('subContact');
    expect(s.subscription.technology).toBe('radio');
    s = flowReducer(s, { type: 'next' });
    expect(s.step).toBe('subDetails');
    s = flowReducer(s, { type: 'next' });
    expect(s.step).toBe('subConsent');
    expect(flowReducer(s, { type: 'next' })).toBe(s); // submitting is not "next"
  });

  it('walks the interest steps, through "how to help" when asked', () => {
    let s = run(
      { type: 'intent', intent: 'help' },
      { type: 'place', place: jussy },
      { type: 'help' },
      { type: 'register', kind: 'share' },
    );
    expect(s.step).toBe('intKind');
    expect(s.interest.kind).toBe('share');
    const seen = [s.step];
    while (s.step !== 'intConsent') {
      s = flowReducer(s, { type: 'next' });
      seen.push(s.step);
    }
    expect(seen).toEqual(['intKind', 'intHome', 'intSky', 'intContact', 'intConsent']);
    expect(s.history).toEqual([
      'intent',
      'place',
      'result',
      'help',
      'intKind',
      'intHome',
      'intSky',
      'intContact',
    ]);
  });

  it('forgets the personal data once sent, and offers no way back into the sent form', () => {
    const s = run(
      { type: 'intent', intent: 'connect' },
      { type: 'place', place: jussy },
      { type: 'subscribe', technology: 'fibre' },
      {
        type: 'editSubscription',
        patch: { name: 'Camille Martin', email: 'camille@example.fr', consent: true },
      },
      { type: 'sent', what: 'subscription', queued: true },
    );
    expect(s.step).toBe('done');
    expect(s.sent).toEqual({ what: 'subscription', queued: true });
    expect(s.subscription).toEqual(initialFlow.subscription);
    expect(canGoBack(s)).toBe(false);
    expect(flowReducer(s, { type: 'back' })).toBe(s);
    expect(flowReducer(s, { type: 'restart' }).step).toBe('intent');
  });

  it('gives a local authority its own page, with no home asked, then the overview', () => {
    const info = run({ type: 'intent', intent: 'collectivity' });
    expect(info.step).toBe('collectivity');
    expect(progress(info)).toEqual({ current: 2, total: 3 });
    const s = flowReducer(info, { type: 'overview' });
    expect(s.step).toBe('result');
    expect(s.place).toBeNull();
    expect(progress(s)).toEqual({ current: 3, total: 3 });
  });

  it('lets the curious skip the address for an overview', () => {
    const s = run({ type: 'intent', intent: 'curious' }, { type: 'overview' });
    expect(s.step).toBe('result');
    expect(s.place).toBeNull();
  });

  it('counts moves, so only screens reached by a move take focus', () => {
    expect(initialFlow.moves).toBe(0);
    expect(run({ type: 'intent', intent: 'connect' }).moves).toBe(1);
  });
});

describe('progress dots', () => {
  it('sizes the path from the intent, then from the branch taken', () => {
    expect(progress(initialFlow)).toEqual({ current: 1, total: 3 });
    const connect = run({ type: 'intent', intent: 'connect' });
    expect(progress(connect)).toEqual({ current: 2, total: 6 });
    const informed = run(
      { type: 'intent', intent: 'connect' },
      { type: 'place', place: jussy },
      { type: 'register', kind: 'connect' },
    );
    expect(progress(informed)).toEqual({ current: 4, total: 8 });
    const helping = run(
      { type: 'intent', intent: 'help' },
      { type: 'place', place: jussy },
      { type: 'help' },
    );
    expect(progress(helping)).toEqual({ current: 4, total: 9 });
    expect(progress(run({ type: 'intent', intent: 'curious' }))).toEqual({ current: 2, total: 3 });
  });

  it('puts "how to help" on the path when a connect visitor who is not covered opens it', () => {
    const fromConnect = run(
      { type: 'intent', intent: 'connect' },
      { type: 'place', place: jussy },
      { type: 'help' },
    );
    expect(progress(fromConnect)).toEqual({ current: 4, total: 9 });
    expect(progress(flowReducer(fromConnect, { type: 'register', kind: 'share' }))).toEqual({
      current: 5,
      total: 9,
    });
  });

  it('stops saying "kept on this phone" once the queued request has left', () => {
    const queued = run({ type: 'sent', what: 'interest', queued: true });
    expect(flowReducer(queued, { type: 'delivered' }).sent).toEqual({ what: 'interest', queued: false });
    const direct = run({ type: 'sent', what: 'interest', queued: false });
    expect(flowReducer(direct, { type: 'delivered' })).toBe(direct);
  });

  it('shows none on the confirmation', () => {
    expect(progress({ ...initialFlow, step: 'done' })).toBeNull();
  });
});

describe('sheet size', () => {
  it('is tall for forms and "how to help", not for choosing a place or reading the answer', () => {
    const short: StepId[] = ['intent', 'place', 'result', 'done'];
    expect(short.filter(isTallStep)).toEqual([]);
    expect(isTallStep('help')).toBe(true);
    expect(isTallStep('subConsent')).toBe(true);
    expect(isTallStep('intSky')).toBe(true);
  });
});
