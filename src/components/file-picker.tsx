import { useId, useState, type DragEvent } from 'react';

export interface PickedFile {
  name: string;
  text: string;
}

type FilePickerProps = { label: string; dropHint?: string } & (
  | { multiple?: false; onText: (text: string, fileName: string) => void }
  | { multiple: true; onTexts: (files: PickedFile[]) => void }
);

/**
 * A file button with a drop zone around it. Picked or dropped files are read as text and handed over with their
 * names: one file, or (with `multiple`) every file at once, so the caller can report on the whole batch.
 */
export function FilePicker(props: FilePickerProps) {
  const { label, dropHint } = props;
  const inputId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const readFiles = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (props.multiple) {
      if (files.length > 0) props.onTexts(await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))));
      return;
    }
    const [file] = files;
    if (file) props.onText(await file.text(), file.name);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    void readFiles(event.dataTransfer.files);
  };
  return (
    <div
      className={`file-picker${isDragging ? ' is-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setIsDragging(true);
      }}
      onDragLeave={() => setIsDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="button button-secondary">
        {label}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        multiple={props.multiple ?? false}
        onChange={(event) => {
          void readFiles(event.target.files);
          event.target.value = '';
        }}
      />
      {dropHint ? <span className="hint">{dropHint}</span> : null}
    </div>
  );
}
