// A building as an admin corrects it between two IPE imports (state, network, address, PM), with
// its versions. Saved by inventory.saveBuilding; the operator's next file may set them again.
import { useState, type FormEvent } from 'react';
import type { BuildingPage } from '../../../shared/schemas/places.ts';
import { buildingState } from '../../../shared/schemas/eligibility.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { History } from './History.tsx';
import { PmSelect } from './PmSelect.tsx';
import { SaveOutcome } from './SaveOutcome.tsx';
import { useInventory, useSaveBuilding } from './queries.ts';

type State = (typeof buildingState.options)[number];
const isState = (v: string): v is State => (buildingState.options as readonly string[]).includes(v);

export function BuildingEditor({ building }: { building: BuildingPage }) {
  const { t } = useI18n();
  const save = useSaveBuilding();
  const pms = (useInventory().data?.fibrePoints ?? []).filter((p) => p.kind === 'pm');
  const [d, setD] = useState({
    state: isState(building.state) ? building.state : 'targeted',
    network: building.network === 'own' ? ('own' as const) : ('wholesale' as const),
    address: building.address ?? '',
    pmId: building.pm?.id ?? null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: building.id, ...d, address: d.address.trim() || null });
  };
  return (
    <section className="coord-card net-editor" data-testid="building-editor">
      <form onSubmit={submit}>
        <fieldset disabled={save.isPending}>
          <legend>{t('network.building.edit')}</legend>
          <p>{t('network.building.hint')}</p>
          <label>
            {t('office.building.state')}
            <select
              value={d.state}
              onChange={(e) => isState(e.target.value) && setD({ ...d, state: e.target.value })}
            >
              {buildingState.options.map((s) => (
                <option key={s} value={s}>
                  {t(`office.building.state.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('office.building.network')}
            <select
              value={d.network}
              onChange={(e) => setD({ ...d, network: e.target.value === 'own' ? 'own' : 'wholesale' })}
            >
              <option value="own">{t('office.building.own')}</option>
              <option value="wholesale">{t('office.building.wholesale')}</option>
            </select>
          </label>
          <label>
            {t('network.building.address')}
            <input
              type="text"
              maxLength={300}
              value={d.address}
              onChange={(e) => setD({ ...d, address: e.target.value })}
            />
          </label>
          <PmSelect
            label={t('office.building.pm')}
            pms={pms}
            value={d.pmId}
            onChange={(pmId) => setD({ ...d, pmId })}
          />
          <button type="submit" className="button button--primary" data-testid="building-save">
            {t('network.save')}
          </button>
        </fieldset>
        <SaveOutcome save={save} />
      </form>
      <History table="buildings" id={building.id} />
    </section>
  );
}
