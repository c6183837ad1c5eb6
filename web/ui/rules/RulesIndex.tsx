import { checkHref } from "../routes";
import { buildKitRules, teachingGroups } from "./rulePages";
import "./rules.css";

/** Every check Stageplay runs, grouped, each linked to its explanation. */
export function RulesIndex() {
  const groups = teachingGroups();
  const buildkit = buildKitRules();
  return (
    <main className="rules-page" aria-labelledby="rules-title">
      <div className="rules-page-inner">
        <h1 id="rules-title">Checks</h1>
        <p>
          Every finding in the Checks tab and under the editor has a rule name. Stageplay's own checks look at
          the simulated image and explain multistage mistakes; BuildKit's build checks are the ones{" "}
          <code>docker build</code> reports itself.
        </p>
        {groups.map((group) => (
          <section key={group.title} className="rules-group" aria-labelledby={groupId(group.title)}>
            <h2 id={groupId(group.title)}>{group.title}</h2>
            <ul className="rules-list">
              {group.rules.map(({ rule, title }) => (
                <li key={rule}>
                  <a href={checkHref(rule)}>
                    <code>{rule}</code>
                  </a>
                  <span className="rules-summary">{title}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section className="rules-group" aria-labelledby="rules-buildkit">
          <h2 id="rules-buildkit">BuildKit's build checks</h2>
          <p className="muted">Explained by Docker; each link opens docs.docker.com in a new tab.</p>
          <ul className="rules-list">
            {buildkit.map(({ rule, description, url, experimental }) => (
              <li key={rule}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  <code>{rule}</code>
                  <span className="visually-hidden"> on docs.docker.com (opens in a new tab)</span>
                </a>
                <span className="rules-summary">
                  {description}
                  {experimental && " (experimental)"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}

const groupId = (title: string) => `rules-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
