import { Button, Tooltip } from '@fluentui/react-components';
import { useRef } from 'react';
import type { ChosenFile } from '../host';
import { bytesToBase64 } from '../view';
import { useLanguage } from './strings';

/** Reads chosen files as base64, as insertWorksheetsFromBase64 takes them. */
export async function readChosenFiles(files: readonly File[]): Promise<ChosenFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })),
  );
}

/** Import (Nhập tệp): choose enterprises' files (.xlsx, .xls, .ods, .csv) and hand them over as base64. */
export function ImportButton(props: { disabled: boolean; onFiles: (files: ChosenFile[]) => void }) {
  const { t } = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Tooltip content={t('importHint')} relationship="description">
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()} data-testid="import">
          {t('importButton')}
        </Button>
      </Tooltip>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
        hidden
        data-testid="import-input"
        onChange={async (e) => {
          const chosen = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ''; // choosing the same file again fires a change
          if (chosen.length > 0) props.onFiles(await readChosenFiles(chosen));
        }}
      />
    </>
  );
}
