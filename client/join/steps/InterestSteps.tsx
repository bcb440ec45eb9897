// Steps 4b, first half (wifi-with-me's questions): connect or share, the home, the clear view.
// Everything here is optional; each step has one "may be public" switch for its answers.
import type { InterestKind } from '../../../shared/schemas/interest.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { InterestDraft } from '../flow.ts';
import {
  Checkbox,
  ChoiceButton,
  StepForm,
  StepHeading,
  SubmitButton,
  TextField,
  ToggleGroup,
} from '../ui.tsx';
import type { InterestPublicField as PublicField } from '../../../shared/schemas/interest.ts';
import { homeErrors, togglePublic } from '../validation.ts';
import { Compass } from './Compass.tsx';
import { useStepCheck } from './focus.ts';
import type { StepProps } from './props.ts';

export function useInterestEdit({ dispatch }: StepProps) {
  return (patch: Partial<InterestDraft>) => dispatch({ type: 'editInterest', patch });
}

const kinds: InterestKind[] = ['connect', 'share'];

export function IntKindStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const t = useT();
  const edit = useInterestEdit(props);
  return (
    <>
      <StepHeading focus={focus}>{t('join.int.kind.title')}</StepHeading>
      <div className="join-choices">
        {kinds.map((kind) => (
          <ChoiceButton
            key={kind}
            title={t(`join.int.${kind}`)}
            hint={t(`join.int.${kind}.hint`)}
            pressed={state.interest.kind === kind}
            onClick={() => {
              edit({ kind });
              dispatch({ type: 'next' });
            }}
            testId={`kind-${kind}`}
          />
        ))}
      </div>
    </>
  );
}

export function PublicSwitch(p: {
  draft: InterestDraft;
  fields: PublicField[];
  edit(patch: Partial<InterestDraft>): void;
}) {
  const t = useT();
  const on = p.fields.every((f) => p.draft.publicFields.includes(f));
  return (
    <Checkbox
      label={t('join.int.public')}
      checked={on}
      onChange={(checked) => p.edit({ publicFields: togglePublic(p.draft.publicFields, p.fields, checked) })}
    />
  );
}

export function IntHomeStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const t = useT();
  const edit = useInterestEdit(props);
  const { errors, check } = useStepCheck(dispatch);
  const draft = state.interest;
  return (
    <>
      <StepHeading focus={focus}>{t('join.int.home.title')}</StepHeading>
      <p>{t('join.int.home.intro')}</p>
      <StepForm onSubmit={(form) => check(form, homeErrors(draft))}>
        <div className="join-row">
          <TextField
            label={t('join.int.floor')}
            inputMode="numeric"
            value={draft.floor}
            onChange={(floor) => edit({ floor })}
            error={errors.floor}
            testId="floor"
          />
          <TextField
            label={t('join.int.totalFloors')}
            inputMode="numeric"
            value={draft.totalFloors}
            onChange={(totalFloors) => edit({ totalFloors })}
            error={errors.totalFloors}
            testId="total-floors"
          />
        </div>
        <ToggleGroup
          legend={t('join.int.roof')}
          value={draft.roofAccess}
          onChange={(roofAccess) => edit({ roofAccess })}
          options={[
            { value: true, label: t('join.int.yes') },
            { value: false, label: t('join.int.no') },
            { value: null, label: t('join.int.unknown') },
          ]}
        />
        <PublicSwitch draft={draft} fields={['kind', 'floor', 'totalFloors', 'roofAccess']} edit={edit} />
        <SubmitButton testId="next" />
      </StepForm>
    </>
  );
}

export function IntSkyStep(props: StepProps) {
  const { state, dispatch, focus } = props;
  const t = useT();
  const edit = useInterestEdit(props);
  const draft = state.interest;
  return (
    <>
      <StepHeading focus={focus}>{t('join.int.sky.title')}</StepHeading>
      <p>{t('join.int.sky.intro')}</p>
      <StepForm onSubmit={() => dispatch({ type: 'next' })}>
        <Compass value={draft.orientations} onChange={(orientations) => edit({ orientations })} />
        <PublicSwitch draft={draft} fields={['orientations']} edit={edit} />
        <SubmitButton testId="next" />
      </StepForm>
    </>
  );
}
