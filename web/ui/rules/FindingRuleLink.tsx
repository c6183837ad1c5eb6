import { ruleLink } from "../../content/ruleLinks";
import "./rules.css";

/**
 * A finding's rule name as a link to what it means: Docker's page for a BuildKit check (a new tab),
 * Stageplay's own page for a teaching check. Nothing for a rule without an explanation.
 */
export function FindingRuleLink({ rule }: { rule: string | null }) {
  const link = ruleLink(rule);
  if (!rule || !link) return null;
  return link.external ? (
    <a className="rule-link" href={link.href} target="_blank" rel="noopener noreferrer">
      What <code>{rule}</code> means
      <span className="visually-hidden"> (docs.docker.com, opens in a new tab)</span>
    </a>
  ) : (
    <a className="rule-link" href={link.href}>
      What <code>{rule}</code> means
    </a>
  );
}
