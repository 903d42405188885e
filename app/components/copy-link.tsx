import { useEffect, useState } from "react";

/**
 * A link shown as selectable text; with JavaScript, a button copies it. The
 * button is rendered only after hydration, so without JavaScript nobody sees
 * a button that does nothing.
 */
export function CopyLink({ id, label, url }: { id: string; label: string; url: string }) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-link">
        <input id={id} className="input" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        {canCopy ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            }}
          >
            Copy link<span className="visually-hidden"> {label}</span>
          </button>
        ) : null}
      </div>
      <p className="saved-status" role="status">
        {copied ? "Link copied" : ""}
      </p>
    </div>
  );
}
