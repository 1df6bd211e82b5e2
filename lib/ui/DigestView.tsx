import { useEffect, useState } from 'preact/hooks';
import { DATA_TYPE_INFO } from '../lexicon/data-type-info';
import type { DataType } from '../lexicon/data-types';
import { lawText, rulesById, type LawData, type LawScript } from '../law/rules';
import { sendToTab } from '../messaging';
import type { PolicyDigest } from '../policy/digest';
import type { Clause } from '../policy/flags';
import { beyondNecessary, checklistGroups, flagKey } from './digest-view';
import { Disclosure } from './Disclosure';
import { t } from './i18n';

/**
 * The popup's view of a privacy policy: a first line, the lists the policy carries, what
 * stands out (flags with their rule), one row per data type, what the law says a policy
 * must tell (found or not), and what is collected beyond the necessary scope. Every
 * clause is a button that scrolls the page to it and flashes it.
 */
export interface DigestViewProps {
  digest: PolicyDigest;
  tabId: number;
  law: LawData;
  script: LawScript;
  /** Converts our Simplified labels for zh-Hant readers. */
  conv: (s: string) => string;
}

const joiner = (script: LawScript) => (script === 'en' ? ', ' : '、');

function ClauseButton({ clause, tabId }: { clause: Clause; tabId: number }) {
  const scroll = () => void sendToTab(tabId, 'toContentScrollToClause', { start: clause.start, end: clause.end }, 0).catch(() => {});
  return (
    <button type="button" class="finding clause" onClick={scroll} title={t('scrollHint')} data-testid="clause" data-start={clause.start} data-end={clause.end}>
      {clause.text}
    </button>
  );
}

function Clauses({ clauses, tabId }: { clauses: readonly Clause[]; tabId: number }) {
  if (!clauses.length) return null;
  return (
    <ul class="findings">
      {clauses.map((c) => (
        <li key={c.start}>
          <ClauseButton clause={c} tabId={tabId} />
        </li>
      ))}
    </ul>
  );
}

function RuleLine({ ids, law, script }: { ids: readonly string[]; law: LawData; script: LawScript }) {
  const byId = rulesById(law);
  const texts = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [lawText(r, script)] : [];
  });
  if (!texts.length) return null;
  return (
    <p class="law" data-testid="law">
      {texts.map((x, i) => (
        <span key={i}>
          {i > 0 && '; '}
          <strong>
            {x.law} {x.article}
          </strong>
          {': '}
          {x.requires}
        </span>
      ))}
    </p>
  );
}

export function DigestView({ digest, tabId, law, script, conv }: DigestViewProps) {
  const s = digest.summary;
  const label = (type: DataType) => conv(DATA_TYPE_INFO[type].label[script === 'en' ? 'en' : 'zh']);
  const groups = checklistGroups(digest);
  const types = law.necessary?.types ?? [];
  const [appTypeId, setAppTypeId] = useState<string>(digest.appType?.type ?? '');
  const appType = types.find((x) => x.id === appTypeId);
  const beyond = appType ? beyondNecessary(digest.collected, appType) : [];
  // npm run bench:digest (popup_digest_ms): the digest is on screen.
  useEffect(() => void performance.mark('pn:digest'), []);
  const appName = (x: (typeof types)[number]) => (script === 'en' ? x.name.en : script === 'zh-Hant' ? x.hant.name : x.name.zh);
  return (
    <section class="digest" data-testid="digest" aria-labelledby="digest-title">
      <h2 id="digest-title">{t('digestTitle', digest.name ?? t('digestUnnamed'))}</h2>
      <p class="summary" data-testid="digest-summary">
        {t('digestSummary', String(s.types), String(s.sensitive), String(s.recipientKinds.length), t(`abroad_${s.abroad.replace('-', '_')}`))}
      </p>
      {s.recipientKinds.length > 0 && (
        <p class="detail" data-testid="recipient-kinds">
          {t('recipientKinds', s.recipientKinds.map((k) => t(`rk_${k.replace(/-/g, '_')}`)).join(joiner(script)))}
        </p>
      )}
      <p class="note">{t(`digestLaw_${digest.jurisdiction}`)}</p>
      {digest.truncated && <p class="note">{t('digestTruncated', String(digest.chars))}</p>}

      {(digest.lists.collection || digest.lists.sharing || digest.lists.sdk || digest.lists.sdks.length > 0) && (
        <section class="lists" data-testid="digest-lists">
          <h3>{t('digestLists')}</h3>
          <ul class="findings">
            {(['collection', 'sharing', 'sdk'] as const).map((k) => {
              const c = digest.lists[k];
              return c ? (
                <li key={k}>
                  <span class="dname">{t(`list_${k}`)}</span> <ClauseButton clause={c} tabId={tabId} />
                </li>
              ) : null;
            })}
          </ul>
          {digest.lists.sdks.length > 0 && <p class="detail">{t('sdksNamed', String(digest.lists.sdks.length), digest.lists.sdks.slice(0, 12).join(joiner(script)))}</p>}
        </section>
      )}

      {digest.flags.length > 0 && (
        <section class="flags" data-testid="digest-flags">
          <h3>{t('digestFlags', String(digest.flags.length))}</h3>
          <ul>
            {digest.flags.map((f) => (
              <li key={f.id} class="flag" data-flag={f.id} data-testid="flag">
                <Disclosure summary={t(flagKey(f.id, f.finding))}>
                  <RuleLine ids={[f.id]} law={law} script={script} />
                  <Clauses clauses={f.clauses} tabId={tabId} />
                </Disclosure>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="rows" data-testid="digest-rows">
        <h3>{t('digestData')}</h3>
        <ul class="dtypes">
          {digest.dataTypes.map((r, i) => (
            <li key={r.type} class="dtype" data-type={r.type} data-testid="digest-row">
              <Disclosure
                open={i === 0}
                summary={
                  <>
                    <span class="dname">{label(r.type)}</span>
                    {r.sensitive && <span class="sensitive">{t('sensitive')}</span>}
                    <span class="acts">{r.actions.map((a) => t(`action_${a}`)).join(joiner(script))}</span>
                    {r.abroad && <span class="abroad">{t('abroad')}</span>}
                  </>
                }
              >
                {r.negated.length > 0 && <p class="detail">{t('saysNot', r.negated.map((a) => t(`action_${a}`)).join(joiner(script)))}</p>}
                {r.purposes.length > 0 && <p class="detail">{t('purposes', r.purposes.join(script === 'en' ? '; ' : '；'))}</p>}
                {r.recipients.length > 0 && <p class="detail">{t('sharedWith', r.recipients.join(joiner(script)))}</p>}
                {r.conditions.length > 0 && <p class="detail">{t('conditions', r.conditions.join(script === 'en' ? '; ' : '；'))}</p>}
                <Clauses clauses={r.clauses} tabId={tabId} />
              </Disclosure>
            </li>
          ))}
        </ul>
      </section>

      <section class="checklist" data-testid="digest-checklist">
        <h3>{t('digestChecklist')}</h3>
        <ul>
          {groups.map((g) => (
            <li key={g.id} class={`check ${g.status}`} data-group={g.id} data-status={g.status} data-testid="check">
              <Disclosure
                summary={
                  <>
                    <span class="mark" aria-hidden="true">
                      {g.status === 'present' ? '✓' : g.status === 'partial' ? '◐' : '✗'}
                    </span>{' '}
                    {t(`cl_${g.id}`)} <span class="status-word">{t(`check_${g.status}`)}</span>
                  </>
                }
              >
                <RuleLine ids={g.rules} law={law} script={script} />
                <Clauses clauses={g.clauses} tabId={tabId} />
              </Disclosure>
            </li>
          ))}
        </ul>
      </section>

      {digest.jurisdiction === 'CN' && types.length > 0 && (
        <section class="necessary" data-testid="digest-necessary">
          <h3>{t('digestNecessary')}</h3>
          <label>
            {t('appTypeLabel')}{' '}
            <select value={appTypeId} onChange={(e) => setAppTypeId((e.currentTarget as HTMLSelectElement).value)} data-testid="app-type">
              <option value="">{t('appTypeNone')}</option>
              {types.map((x) => (
                <option key={x.id} value={x.id}>
                  {appName(x)}
                </option>
              ))}
            </select>
          </label>
          {digest.appType && digest.appType.type === appTypeId && digest.appType.evidence.length > 0 && (
            <p class="detail">{t('appTypeEvidence', digest.appType.evidence.join(joiner(script)))}</p>
          )}
          {appType && (
            <p class="detail" data-testid="beyond">
              {appType.dataTypes.length === 0 && t('noneNecessary')}{' '}
              {beyond.length ? t('beyondNecessary', beyond.map(label).join(joiner(script))) : t('withinNecessary')}
            </p>
          )}
          {law.necessary && <RuleLine ids={['cn-necessary-scope']} law={law} script={script} />}
        </section>
      )}
    </section>
  );
}
