import { useId } from "react";
import type { Builder } from "../engine";
import type { DocumentId } from "../state/types";
import { selectBuildSettings, selectView } from "../state/selectors";
import { useAppStore } from "./storeContext";

const PLATFORMS = ["linux/amd64", "linux/arm64", "linux/arm/v7", "linux/386", "linux/ppc64le", "linux/s390x"];

/** The `docker build` options of the document on screen: target, builder, platform and build args. */
export function BuildControls({ documentId }: { documentId: DocumentId }) {
  const settings = useAppStore(selectBuildSettings(documentId));
  const setBuildSettings = useAppStore((s) => s.setBuildSettings);
  const view = useAppStore(selectView);
  const id = useId();
  const set = (change: Parameters<typeof setBuildSettings>[1]) => setBuildSettings(documentId, change);

  const stages = view?.stages ?? [];
  const last = stages[stages.length - 1];
  const target = settings.target ?? "";
  const targetKnown = target === "" || stages.some((s) => s.named && s.displayName === target);
  const args = view?.args ?? [];
  const overrides = settings.buildArgs ?? {};
  const overridden = Object.values(overrides).filter((v) => v !== "").length;
  const platform = settings.platform ?? "linux/amd64";

  const setArg = (name: string, value: string) => {
    const next = { ...overrides, [name]: value };
    if (value === "") delete next[name];
    set({ buildArgs: next });
  };

  return (
    <form className="build-controls" aria-label="Build options" onSubmit={(e) => e.preventDefault()}>
      <span className="build-field">
        <label htmlFor={`${id}-target`}>Target</label>
        <select id={`${id}-target`} value={target} onChange={(e) => set({ target: e.target.value })}>
          <option value="">
            {last ? `${last.displayName} (default: last stage)` : "last stage (default)"}
          </option>
          {stages.slice(0, -1).map((s) =>
            // `--target` takes a stage's AS name only, as docker build does: an unnamed stage cannot be one.
            s.named ? (
              <option key={s.index} value={s.displayName}>
                {s.displayName}
              </option>
            ) : (
              <option key={s.index} value={`#${s.index}`} disabled>
                {s.displayName} (unnamed: add AS name to target it)
              </option>
            ),
          )}
          {!targetKnown && <option value={target}>{target} (no such stage)</option>}
        </select>
      </span>
      <span className="build-field">
        <label htmlFor={`${id}-builder`}>Builder</label>
        <select
          id={`${id}-builder`}
          value={settings.builder ?? "buildkit"}
          onChange={(e) => set({ builder: e.target.value as Builder })}
        >
          <option value="buildkit">BuildKit</option>
          <option value="legacy">Legacy builder</option>
        </select>
      </span>
      <span className="build-field">
        <label htmlFor={`${id}-platform`}>Platform</label>
        <select id={`${id}-platform`} value={platform} onChange={(e) => set({ platform: e.target.value })}>
          {(PLATFORMS.includes(platform) ? PLATFORMS : [platform, ...PLATFORMS]).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </span>
      {args.length > 0 && (
        <details className="build-args">
          <summary>Build args{overridden > 0 ? ` (${overridden} set)` : ` (${args.length})`}</summary>
          <div className="build-args-list">
            {args.map((arg) => (
              <div key={arg.name} className="build-arg">
                <label htmlFor={`${id}-arg-${arg.name}`}>
                  <code>{arg.name}</code>
                  <span className="build-arg-scope">
                    {arg.scope === "global" ? "before FROM" : `in ${arg.scope}`}, line {arg.line}
                  </span>
                </label>
                <input
                  id={`${id}-arg-${arg.name}`}
                  type="text"
                  spellCheck={false}
                  value={overrides[arg.name] ?? ""}
                  placeholder={arg.defaultText ?? "(no default)"}
                  onChange={(e) => setArg(arg.name, e.target.value)}
                />
              </div>
            ))}
          </div>
        </details>
      )}
    </form>
  );
}
