const REDACTED = /(\[REDACTED:[A-Za-z0-9_.-]+\])/;

/** Text with every `[REDACTED:kind]` marker shown as a marked span; everything else as plain text. */
export function Redacted({ text }: { text: string }) {
  const parts = text.split(REDACTED);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="redacted" title={`A secret was removed here (${part.slice(10, -1)})`}>
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
