/** A message under the field it is about; `id` is what the field's aria-describedby names. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) {
    return null;
  }
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
