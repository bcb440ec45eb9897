// The guided "can the cooperative connect me?" flow as a pure state machine: which step follows which,
// what "back" undoes, how many progress dots to show. Components only dispatch actions.
import type { Position } from '../../shared/schemas/common.ts';
import type {
  InterestKind,
  InterestPublicField as PublicField,
  Orientation,
} from '../../shared/schemas/interest.ts';

export type Intent = 'connect' | 'help' | 'collectivity' | 'curious';
export type Technology = 'fibre' | 'radio';

export type StepId =
  | 'intent'
  | 'place'
  | 'collectivity'
  | 'result'
  | 'help'
  | 'subContact'
  | 'subDetails'
  | 'subConsent'
  | 'intKind'
  | 'intHome'
  | 'intSky'
  | 'intContact'
  | 'intConsent'
  | 'done';

export interface ChosenPlace {
  position: Position;
  /** What to show and send as the address; null for a tapped or located point (see useResolvedPlace). */
  label: string | null;
  /** A street or commune for a numbered search, a reverse answer that is not a house number… */
  approximate: boolean;
  source: 'search' | 'geolocation' | 'map';
  accuracyM?: number;
}

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
}

export interface SubscriptionDraft extends ContactDraft {
  technology: Technology | null;
  comment: string;
  consent: boolean;
}

export interface InterestDraft extends ContactDraft {
  kind: InterestKind;
  floor: string;
  totalFloors: string;
  roofAccess: boolean | null;
  orientations: Orientation[];
  comment: string;
  publicFields: PublicField[];
  notify: boolean;
  consent: boolean;
}

export interface FlowState {
  step: StepId;
  /** Steps to go back to, most recent last. */
  history: StepId[];
  /** Transitions so far: the first screen does not grab focus, later ones move it to their heading. */
  moves: number;
  intent: Intent | null;
  place: ChosenPlace | null;
  subscription: SubscriptionDraft;
  interest: InterestDraft;
  sent: { what: 'subscription' | 'interest'; queued: boolean } | null;
}

export type FlowAction =
  | { type: 'intent'; intent: Intent }
  | { type: 'place'; place: ChosenPlace }
  | { type: 'overview' }
  | { type: 'subscribe'; technology: Technology }
  | { type: 'register'; kind: InterestKind }
  | { type: 'help' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'editSubscription'; patch: Partial<SubscriptionDraft> }
  | { type: 'editInterest'; patch: Partial<InterestDraft> }
  | { type: 'sent'; what: 'subscription' | 'interest'; queued: boolean }
  /** The queued request has left the phone since: the confirmation must stop saying "no network". */
  | { type: 'delivered' }
  | { type: 'restart' };

const emptyContact: ContactDraft = { name: '', email: '', phone: '' };

export const initialFlow: FlowState = {
  step: 'intent',
  history: [],
  moves: 0,
  intent: null,
  place: null,
  subscription: { ...emptyContact, technology: null, comment: '', consent: false },
  interest: {
    ...emptyContact,
    kind: 'connect',
    floor: '',
    totalFloors: '',
    roofAccess: null,
    orientations: [],
    comment: '',
    publicFields: [],
    notify: true,
    consent: false,
  },
  sent: null,
};

const subscribePath: StepId[] = ['subContact', 'subDetails', 'subConsent'];
const interestPath: StepId[] = ['intKind', 'intHome', 'intSky', 'intContact', 'intConsent'];

function go(state: FlowState, step: StepId): FlowState {
  if (step === state.step) return state;
  return { ...state, step, history: [...state.history, state.step], moves: state.moves + 1 };
}

function following(step: StepId): StepId | null {
  for (const path of [subscribePath, interestPath]) {
    const i = path.indexOf(step);
    if (i >= 0) return path[i + 1] ?? null;
  }
  return null;
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'intent':
      // A mairie asks about its commune, not a home: what the cooperative offers it, and whom to call.
      return go(
        { ...state, intent: action.intent },
        action.intent === 'collectivity' ? 'collectivity' : 'place',
      );
    case 'place':
      // A new point from the result step (a tap to refine) stays on the result, re-checked.
      return go({ ...state, place: action.place }, 'result');
    case 'overview':
      return go({ ...state, place: null }, 'result');
    case 'subscribe':
      return go(
        { ...state, subscription: { ...state.subscription, technology: action.technology } },
        'subContact',
      );
    case 'register':
      return go({ ...state, interest: { ...state.interest, kind: action.kind } }, 'intKind');
    case 'help':
      return go(state, 'help');
    case 'next': {
      const next = following(state.step);
      return next ? go(state, next) : state;
    }
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous || state.step === 'done') return state;
      return { ...state, step: previous, history: state.history.slice(0, -1), moves: state.moves + 1 };
    }
    case 'editSubscription':
      return { ...state, subscription: { ...state.subscription, ...action.patch } };
    case 'editInterest':
      return { ...state, interest: { ...state.interest, ...action.patch } };
    case 'sent':
      // Personal data leaves memory once handed over (sent or kept among the pending requests).
      return {
        ...initialFlow,
        intent: state.intent,
        place: state.place,
        step: 'done',
        moves: state.moves + 1,
        sent: { what: action.what, queued: action.queued },
      };
    case 'delivered':
      return state.sent?.queued ? { ...state, sent: { ...state.sent, queued: false } } : state;
    case 'restart':
      return { ...initialFlow, moves: state.moves + 1 };
  }
}

/** Steps that are forms or long reading: the sheet takes most of a phone screen, the map shows the pin. */
export function isTallStep(step: StepId): boolean {
  return (
    step === 'help' || step === 'collectivity' || subscribePath.includes(step) || interestPath.includes(step)
  );
}

export function canGoBack(state: FlowState): boolean {
  return state.step !== 'done' && state.history.length > 0;
}

/** The steps of the path the person is on (or most likely on), for the progress dots. */
function plannedPath(state: FlowState): StepId[] {
  const seen = [...state.history, state.step];
  if (state.intent === 'collectivity' && !seen.includes('place')) return ['intent', 'collectivity', 'result'];
  const base: StepId[] = ['intent', 'place', 'result'];
  const viaHelp = seen.includes('help') || state.intent === 'help' ? (['help'] as StepId[]) : [];
  if (seen.some((s) => subscribePath.includes(s))) return [...base, ...subscribePath];
  // "How to help?" leads to the interest form whatever the intent was (a connect visitor who is not
  // covered gets there too): the help step is on the path, never outside it ("step 0 of 6").
  if (viaHelp.length > 0 || seen.some((s) => interestPath.includes(s))) {
    return [...base, ...viaHelp, ...interestPath];
  }
  if (state.intent === 'connect') return [...base, ...subscribePath];
  return base;
}

/** 1-based position and total for "Étape 2 sur 6"; null on the final screen. */
export function progress(state: FlowState): { current: number; total: number } | null {
  if (state.step === 'done') return null;
  const path = plannedPath(state);
  return { current: path.indexOf(state.step) + 1, total: path.length };
}
