import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A <details> whose content is rendered when it is first opened, not before: a policy's
 * digest has some 40 closed ones (flags, data rows, checklist items, story sources) and
 * rendering their content cost about half the popup's first render. Once opened, the
 * content stays (closing only hides it, as a plain <details> does).
 */
export function Disclosure({
  summary,
  children,
  open = false,
  class: className,
  testid,
}: {
  summary: ComponentChildren;
  children: ComponentChildren;
  open?: boolean;
  class?: string;
  testid?: string;
}) {
  const [shown, setShown] = useState(open);
  return (
    <details
      open={open}
      class={className}
      data-testid={testid}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) setShown(true);
      }}
    >
      <summary>{summary}</summary>
      {shown ? children : null}
    </details>
  );
}
