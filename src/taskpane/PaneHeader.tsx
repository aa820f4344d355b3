/** The pane's head: title, the guide's link, the language menu (wraps under the title at a narrow pane), the active sheet and what this Excel supports. */
import * as React from 'react';
import { Field, Link, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/locales';
import { LANG_NAMES, type UiStrings } from '../core/locales/pane';
import type { Capabilities, Precheck } from '../gateway/contract';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PaneHeaderProps {
  t: UiStrings;
  lang: Lang;
  onLang: (l: Lang) => void;
  pre: Precheck | null;
  caps: Capabilities;
}

export function PaneHeader({ t, lang, onLang, pre, caps }: PaneHeaderProps): React.ReactElement {
  const s = useStyles();
  return (
    <>
      <header className={s.header}>
        <div>
          <Text as="h1" size={500} weight="bold" block>
            {t.title}
          </Text>
          <Text size={200} className={s.hint} block>
            {t.subtitle}
          </Text>
          {/* the planners' guide, served next to the pane */}
          <Link href="./assets/panduan.html" target="_blank" rel="noopener" data-testid="help">
            {t.help}
          </Link>
        </div>
        <Field label={t.language} size="small">
          <Select value={lang} onChange={(_, d) => onLang(d.value === 'en' ? 'en' : 'id')} aria-label={t.language} data-testid="lang">
            <option value="id">{LANG_NAMES.id}</option>
            <option value="en">{LANG_NAMES.en}</option>
          </Select>
        </Field>
      </header>
      {pre && (
        <Text size={200} data-testid="active-sheet">
          {t.sheet(pre.sheet)}
        </Text>
      )}
      {!caps.supported ? (
        <MessageBar intent="error">
          <MessageBarBody>{t.unsupported}</MessageBarBody>
        </MessageBar>
      ) : (
        caps.noteMode !== 'notes' && (
          <MessageBar intent="info">
            <MessageBarBody>{t.noteMode[caps.noteMode]}</MessageBarBody>
          </MessageBar>
        )
      )}
    </>
  );
}
