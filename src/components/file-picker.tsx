import { useId, useState, type DragEvent } from 'react';

/**
 * A file button with a drop zone around it. The picked or dropped file is read as text and handed over with its
 * name; reading never happens on the main thread's critical path of rendering.
 */
export function FilePicker({ label, dropHint, onText }: { label: string; dropHint?: string; onText: (text: string, fileName: string) => void }) {
  const inputId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const readFile = async (file: File | undefined) => {
    if (file) onText(await file.text(), file.name);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    void readFile(event.dataTransfer.files[0]);
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
        onChange={(event) => {
          void readFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {dropHint ? <span className="hint">{dropHint}</span> : null}
    </div>
  );
}
