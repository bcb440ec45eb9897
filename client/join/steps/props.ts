import type { Dispatch } from 'react';
import type { ChosenPlace, FlowAction, FlowState } from '../flow.ts';

/** What every step receives: the flow, a way to move it, the chosen place with its resolved name. */
export interface StepProps {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  place: ChosenPlace | null;
  /** Move focus to the step's heading (not on the very first screen). */
  focus: boolean;
}
