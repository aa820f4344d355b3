/** The hidden `.xlsx` picker behind a Fluent button (the browser's own control shows English text): one file, read again if chosen twice. */
import * as React from 'react';

export interface HiddenFileInputProps {
  inputRef: React.RefObject<HTMLInputElement>;
  testId: string;
  onFile: (f: File) => void;
}

export function HiddenFileInput({ inputRef, testId, onFile }: HiddenFileInputProps): React.ReactElement {
  return (
    <input
      ref={inputRef}
      type="file"
      style={{ display: 'none' }}
      accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      data-testid={testId}
      tabIndex={-1}
      aria-hidden="true"
      onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) onFile(f);
      }}
    />
  );
}
